using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Invoicing;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Invoicing;

/// <summary>
/// WO-12 (r2): paid work asks Finance for an invoice on the day of service, in the same transaction as the step that
/// makes it due, so no request is lost: workshop work when the item goes back to the customer, other work when it is
/// resolved. An order resolved again after rework brings its open request in line with the fee (or raises one for what
/// is left once an earlier one was issued). Cancelling a reopened order leaves its request: the service it bills was given.
/// </summary>
public sealed class RequestInvoiceOnService(
    IAfterSalesDbContext db, IInvoiceRequestNumbers numbers, WorkingCalendar calendar, IOptions<InvoiceOptions> options, TimeProvider clock)
    : IDomainEventHandler<ItemReturnedToCustomer>, IDomainEventHandler<WorkOrderStatusChanged>
{
    public Task HandleAsync(ItemReturnedToCustomer domainEvent, CancellationToken cancellationToken) =>
        RequestAsync(domainEvent.WorkOrderId, cancellationToken);

    public Task HandleAsync(WorkOrderStatusChanged domainEvent, CancellationToken cancellationToken) =>
        domainEvent.To == WorkOrderStatus.Resolved ? RequestAsync(domainEvent.WorkOrderId, cancellationToken) : Task.CompletedTask;

    private async Task RequestAsync(Guid workOrderId, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.FindAsync([workOrderId], cancellationToken)
            ?? throw new NotFoundException(nameof(WorkOrder), workOrderId);
        if (InvoiceRules.ServiceDay(order, calendar) is not { } serviceOn)
        {
            return;
        }

        var requests = await db.InvoiceRequests
            .Where(request => request.Source == InvoiceSource.WorkOrder && request.SourceId == order.Id)
            .ToListAsync(cancellationToken);
        var invoiced = Money.Sum(requests.Where(request => request.Status == InvoiceRequestStatus.Issued).Select(request => request.Amount));
        var stillToInvoice = InvoiceRules.StillToInvoice(order.Fee, invoiced);
        if (requests.Find(request => request.Status == InvoiceRequestStatus.Requested) is { } open)
        {
            open.Reassess(stillToInvoice, clock);
        }
        else if (stillToInvoice > 0)
        {
            var number = await numbers.NextAsync(serviceOn, cancellationToken);
            db.InvoiceRequests.Add(InvoiceRequest.ForWorkOrder(order, number, stillToInvoice, serviceOn, calendar, options.Value.IssueWorkingDays, clock));
        }
    }
}
