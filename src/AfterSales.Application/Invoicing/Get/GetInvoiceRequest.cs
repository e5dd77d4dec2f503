using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Domain.Common;
using AfterSales.Domain.Invoicing;
using AfterSales.Domain.Scheduling;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Invoicing.Get;

public sealed record GetInvoiceRequest(Guid Id) : IQuery<InvoiceRequestResponse>;

public sealed class GetInvoiceRequestHandler(IAfterSalesDbContext db, CompanyCalendar company, WorkingCalendar calendar)
    : IQueryHandler<GetInvoiceRequest, InvoiceRequestResponse>
{
    public async ValueTask<InvoiceRequestResponse> Handle(GetInvoiceRequest query, CancellationToken cancellationToken)
    {
        var request = await db.InvoiceRequests.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(InvoiceRequest), query.Id);
        return InvoiceRequestResponses.From(request, company.Today, calendar);
    }
}
