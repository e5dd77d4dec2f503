using System.Linq.Expressions;
using AfterSales.Domain.ServiceLevels;

namespace AfterSales.Domain.PartsReplacements;

/// <summary>PS-1's lists as filters the store can run, on the standing kept beside the clocks (as WO-8's lists).</summary>
public static class PartsReplacementRules
{
    /// <summary>A clock was breached.</summary>
    public static Expression<Func<PartsReplacementRequest, bool>> Breached() =>
        request => request.WorstClockState == SlaState.Breached;

    /// <summary>A running clock is past its deadline and not yet swept: late already, breached at the next sweep.</summary>
    public static Expression<Func<PartsReplacementRequest, bool>> Overdue(DateTimeOffset now) =>
        request => request.WorstClockState != SlaState.Breached && request.NextClockDeadline < now;

    /// <summary>A running clock falls due by <paramref name="dueBy"/>.</summary>
    public static Expression<Func<PartsReplacementRequest, bool>> AtRisk(DateTimeOffset dueBy) =>
        request => request.NextClockDeadline <= dueBy;
}
