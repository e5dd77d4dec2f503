namespace AfterSales.Domain.WorkOrders;

/// <summary>
/// WO-12 (r2): how much discount a technician may give on their own: at most <see cref="MaxPercent"/> of a quote, at
/// most <see cref="PerWeek"/> discounted quotes accepted in an ISO week (Monday to Sunday, company time), of which
/// they have given <see cref="GivenThisWeek"/>. A larger or one more discount waits for the Manager's approval
/// [S001 制度7 一.5].
/// </summary>
public sealed record DiscountAllowance(decimal MaxPercent, int PerWeek, int GivenThisWeek)
{
    public bool NeedsManagerApproval(decimal percent) => percent > 0 && (percent > MaxPercent || GivenThisWeek >= PerWeek);

    /// <summary>The Monday that starts the ISO week of <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
