using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Customers.Get;

public sealed record GetCustomer(Guid Id) : IQuery<CustomerResponse>;

public sealed class GetCustomerHandler(IAfterSalesDbContext db, IMapper mapper) : IQueryHandler<GetCustomer, CustomerResponse>
{
    public async ValueTask<CustomerResponse> Handle(GetCustomer query, CancellationToken cancellationToken) =>
        await db.Customers.AsNoTracking()
            .Where(customer => customer.Id == query.Id)
            .ProjectTo<CustomerResponse>(mapper.ConfigurationProvider)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Customer), query.Id);
}
