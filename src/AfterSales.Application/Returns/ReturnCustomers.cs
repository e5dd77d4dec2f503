using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Returns;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Returns;

internal static class ReturnCustomers
{
    /// <summary>RX-3: the card a completing step changes in the same unit of work as the request.</summary>
    public static async Task<Customer> CardOfAsync(this IAfterSalesDbContext db, ReturnRequest request, CancellationToken cancellationToken) =>
        await db.Customers.FirstOrDefaultAsync(customer => customer.Id == request.CustomerId, cancellationToken)
            ?? throw new NotFoundException(nameof(Customer), request.CustomerId);
}
