using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Receivables;

/// <summary>
/// WO-11 (r2), WO-12: a deposit is owed only until its old part is back, and a part booked back unused is not owed at
/// all; when either stops being owed, the order's open receivable follows its balance down (and is settled at nothing).
/// </summary>
public sealed class ReassessReceivableOnPartRelease(IAfterSalesDbContext db, WorkingCalendar calendar, IOptions<ReceivableOptions> options, TimeProvider clock)
    : IDomainEventHandler<OldPartSettled>, IDomainEventHandler<PartReturnedUnused>
{
    public Task HandleAsync(OldPartSettled domainEvent, CancellationToken cancellationToken) =>
        ReassessAsync(domainEvent.WorkOrderId, cancellationToken);

    public Task HandleAsync(PartReturnedUnused domainEvent, CancellationToken cancellationToken) =>
        ReassessAsync(domainEvent.WorkOrderId, cancellationToken);

    private async Task ReassessAsync(Guid workOrderId, CancellationToken cancellationToken)
    {
        if (await db.Receivables.UnsettledForAsync(workOrderId, cancellationToken) is not { } open)
        {
            return;
        }

        var order = await db.WorkOrders.FindAsync([workOrderId], cancellationToken)
            ?? throw new NotFoundException(nameof(WorkOrder), workOrderId);
        open.Reassess(order, calendar, options.Value.ReleaseWorkingDays, clock);
    }
}
