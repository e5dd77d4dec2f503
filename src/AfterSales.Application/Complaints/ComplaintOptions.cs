using System.ComponentModel.DataAnnotations;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Scheduling;

namespace AfterSales.Application.Complaints;

/// <summary>[Complaints] — the numbers of CP-5..CP-9.</summary>
public sealed class ComplaintOptions
{
    public const string Section = "Complaints";

    /// <summary>CP-5: the range the verifier's penalty must lie in; an amount outside it is refused (400).</summary>
    [Required]
    public PenaltyRange Penalty { get; set; } = new();

    /// <summary>CP-5: a complaint registered this many days after an earlier one about the same problem is a repeat.</summary>
    [Range(1, 3650)]
    public int RepeatWindowDays { get; set; } = 90;

    /// <summary>CP-8: working days after notification in which the responsible technician may appeal.</summary>
    [Range(1, 60)]
    public int AppealWorkingDays { get; set; } = 5;

    /// <summary>CP-8: working days after filing in which a Manager should decide an appeal.</summary>
    [Range(1, 60)]
    public int DecisionWorkingDays { get; set; } = 5;

    /// <summary>CP-7: verified complaints of one category in one quarter that flag a technician for review.</summary>
    [Range(1, 100)]
    public int ReviewThreshold { get; set; } = 3;

    /// <summary>CP-9: working days an open complaint may go without an update to the customer before it is listed.</summary>
    [Range(1, 60)]
    public int UpdateWorkingDays { get; set; } = 2;

    /// <summary>Whether the penalty range is one a verifier can give: 0 &lt; Min ≤ Max, whole cents, within the stored numeric(12,2).</summary>
    public bool PenaltyRangeIsValid =>
        Penalty.Min > 0
        && Penalty.Min <= Penalty.Max
        && Penalty.Max <= PenaltyRange.Limit
        && Penalty.Min == Money.Round(Penalty.Min)
        && Penalty.Max == Money.Round(Penalty.Max);

    /// <summary>The deduction (CP-6) is the assessment's setting, [Assessment:ComplaintDeduction]: one number, read by both sides.</summary>
    public ComplaintPolicy Policy(WorkingCalendar calendar, int deductionPoints) =>
        new(Penalty.Min, Penalty.Max, RepeatWindowDays, AppealWorkingDays, DecisionWorkingDays, ReviewThreshold, deductionPoints, UpdateWorkingDays, calendar);
}

/// <summary>[Complaints:Penalty] — CP-5's range, in the company currency.</summary>
public sealed class PenaltyRange
{
    /// <summary>A quarter of what numeric(12,2) holds, so the ×4 of CP-5 always fits.</summary>
    public const decimal Limit = 2_500_000_000.00m;

    public decimal Min { get; set; } = 50.00m;

    public decimal Max { get; set; } = 500.00m;
}
