using System.Linq.Expressions;

namespace AfterSales.Domain.Receivables;

/// <summary>
/// WO-12's overdue rule in one place, for the aggregate in memory and for list filters in the database.
/// A receivable opened on day 0 is overdue from day <c>overdueDays + 1</c>: with 40 days, one opened on
/// 16 November is not overdue on 26 December (day 40) and is overdue on 27 December (day 41).
/// </summary>
public static class ReceivableRules
{
    public static DateOnly OverdueFrom(DateOnly openedOn, int overdueDays) => openedOn.AddDays(overdueDays + 1);

    /// <summary>The last opening day for which a receivable still unsettled <paramref name="today"/> is overdue.</summary>
    public static DateOnly LatestOverdueOpening(DateOnly today, int overdueDays) => today.AddDays(-(overdueDays + 1));

    public static Expression<Func<Receivable, bool>> OverdueOn(DateOnly today, int overdueDays)
    {
        var latestOpening = LatestOverdueOpening(today, overdueDays);
        return receivable => receivable.SettledOn == null && receivable.OpenedOn <= latestOpening;
    }

    public static Expression<Func<Receivable, bool>> NotOverdueOn(DateOnly today, int overdueDays)
    {
        var latestOpening = LatestOverdueOpening(today, overdueDays);
        return receivable => receivable.SettledOn != null || receivable.OpenedOn > latestOpening;
    }
}
