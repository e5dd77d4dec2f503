using AfterSales.Application.Abstractions;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Receivables;

/// <summary>WO-12: a payment on an order with an open receivable pays it off, settling it at nothing.</summary>
public sealed class ApplyPaymentToReceivable(IAfterSalesDbContext db, WorkingCalendar calendar, IOptions<ReceivableOptions> options, TimeProvider clock)
    : IDomainEventHandler<PaymentRecorded>
{
    public async Task HandleAsync(PaymentRecorded domainEvent, CancellationToken cancellationToken)
    {
        var open = await db.Receivables.UnsettledForAsync(domainEvent.WorkOrderId, cancellationToken);
        open?.ApplyPayment(domainEvent.Amount, domainEvent.ReceivedOn, calendar, options.Value.ReleaseWorkingDays, clock);
    }
}
