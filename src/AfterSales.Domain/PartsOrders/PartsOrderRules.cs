using System.Linq.Expressions;

namespace AfterSales.Domain.PartsOrders;

/// <summary>PR-2's late list as filters the store can run, on the standing kept beside the clocks (as WO-8's lists).</summary>
public static class PartsOrderRules
{
    /// <summary>
    /// A payment was not confirmed within the hours: still unconfirmed past its deadline (swept or not), or confirmed
    /// late (the breach stays on record, flagged).
    /// </summary>
    public static Expression<Func<PartsOrder, bool>> ConfirmationLate(DateTimeOffset now) =>
        order => order.ConfirmedLate || order.NextClockDeadline < now;

    /// <summary>An unconfirmed payment falls due by <paramref name="dueBy"/>.</summary>
    public static Expression<Func<PartsOrder, bool>> ConfirmationAtRisk(DateTimeOffset dueBy) =>
        order => order.NextClockDeadline <= dueBy;
}

/// <summary>PR-2: the filters of the late list.</summary>
public enum PaymentConfirmationFilter
{
    /// <summary>Not confirmed within the hours: overdue now, or confirmed late.</summary>
    Late,

    /// <summary>Still unconfirmed and due within [Sla:AtRiskHours].</summary>
    AtRisk,
}
