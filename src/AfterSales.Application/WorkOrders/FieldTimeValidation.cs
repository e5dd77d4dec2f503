using FluentValidation;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders;

/// <summary>
/// WO-16: a step's field time may run ahead of the server's clock by [Sla:ClockSkewMinutes] at most, since a phone's
/// clock is rarely exact. This is checked against the clock alone; that a step is not earlier than the order's previous
/// one needs the order, and the domain checks it (<c>WorkOrder.RecordFieldStep</c>).
/// </summary>
public static class FieldTimeValidation
{
    public static IRuleBuilderOptions<T, DateTimeOffset?> IsFieldTime<T>(this IRuleBuilder<T, DateTimeOffset?> rule, TimeProvider clock, IOptions<SlaOptions> sla) =>
        rule.Must(at => at is null || at <= clock.GetUtcNow().AddMinutes(sla.Value.ClockSkewMinutes))
            .WithMessage(_ => $"WO-16: a step cannot have happened more than {sla.Value.ClockSkewMinutes} minutes after the server's time.");
}
