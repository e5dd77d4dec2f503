using AfterSales.Domain.Common;
using AfterSales.Domain.Scheduling;

namespace AfterSales.Domain.Complaints;

/// <summary>
/// The numbers of CP-5..CP-8 [Complaints], and the working calendar appeals count in: the one the SLA
/// clocks use (WO-7), so a holiday is a holiday for both.
/// </summary>
public sealed record ComplaintPolicy(
    decimal MinPenalty,
    decimal MaxPenalty,
    int RepeatWindowDays,
    int AppealWorkingDays,
    int DecisionWorkingDays,
    int ReviewThreshold,
    int DeductionPoints,
    WorkingCalendar Calendar)
{
    /// <summary>CP-5: the verifier's amount, which must lie within the configured range.</summary>
    public decimal ValidPenalty(decimal amount) =>
        amount >= MinPenalty && amount <= MaxPenalty && amount == Money.Round(amount)
            ? amount
            : throw new InvalidInputException("penalty", FormattableString.Invariant($"A penalty is {MinPenalty:0.00} to {MaxPenalty:0.00}, in cents at most."));

    /// <summary>CP-8: the last day an appeal may be filed, counting working days after the day of notification.</summary>
    public DateOnly AppealDeadline(DateOnly notifiedOn) => Calendar.AddWorkingDays(notifiedOn, AppealWorkingDays);

    /// <summary>CP-8: the day by which a Manager should decide an appeal filed on <paramref name="filedOn"/>.</summary>
    public DateOnly DecisionDeadline(DateOnly filedOn) => Calendar.AddWorkingDays(filedOn, DecisionWorkingDays);
}
