using AfterSales.Application.Abstractions;
using AfterSales.Domain.PartsOrders;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Receivables;

/// <summary>
/// WO-12: a payment on an order with an open receivable pays it off, settling it at nothing; so does (PR-2) a payment
/// Finance confirms for a parts-only order taken on account.
/// </summary>
public sealed class ApplyPaymentToReceivable(IAfterSalesDbContext db, WorkingCalendar calendar, IOptions<ReceivableOptions> options, TimeProvider clock)
    : IDomainEventHandler<PaymentRecorded>, IDomainEventHandler<PartsOrderPaymentConfirmed>
{
    public async Task HandleAsync(PartsOrderPaymentConfirmed domainEvent, CancellationToken cancellationToken)
    {
        var open = await db.Receivables.UnsettledForPartsOrderAsync(domainEvent.OrderId, cancellationToken);
        open?.ApplyPayment(domainEvent.Amount, domainEvent.PaidOn, calendar, options.Value.ReleaseWorkingDays, clock);
    }

    public async Task HandleAsync(PaymentRecorded domainEvent, CancellationToken cancellationToken)
    {
        var open = await db.Receivables.UnsettledForAsync(domainEvent.WorkOrderId, cancellationToken);
        open?.ApplyPayment(domainEvent.Amount, domainEvent.ReceivedOn, calendar, options.Value.ReleaseWorkingDays, clock);
    }
}
