using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Receivables;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Receivables;

/// <summary>
/// WO-12: an order resolved with an unpaid balance becomes a receivable owed through its technician.
/// Resolved again after rework, its open receivable is brought in line with the balance.
/// </summary>
public sealed class OpenReceivableOnResolution(IAfterSalesDbContext db, WorkingCalendar calendar, IOptions<ReceivableOptions> options, TimeProvider clock)
    : IDomainEventHandler<WorkOrderStatusChanged>
{
    public async Task HandleAsync(WorkOrderStatusChanged domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.To != WorkOrderStatus.Resolved)
        {
            return;
        }

        var order = await db.WorkOrders.FindAsync([domainEvent.WorkOrderId], cancellationToken)
            ?? throw new NotFoundException(nameof(WorkOrder), domainEvent.WorkOrderId);
        if (await db.Receivables.UnsettledForAsync(order.Id, cancellationToken) is { } open)
        {
            open.Reassess(order, calendar, options.Value.ReleaseWorkingDays, clock);
        }
        else if (order.Balance > 0)
        {
            db.Receivables.Add(Receivable.Open(order, calendar, clock));
        }
    }
}
