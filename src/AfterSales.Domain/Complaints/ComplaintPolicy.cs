using AfterSales.Domain.Common;
using AfterSales.Domain.Scheduling;

namespace AfterSales.Domain.Complaints;

/// <summary>
/// The numbers of CP-5..CP-9 [Complaints], and the working calendar appeals count in: the one the SLA
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
    int UpdateWorkingDays,
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

    /// <summary>
    /// CP-9: the customer's next update is due <see cref="UpdateWorkingDays"/> working days after the day of the last
    /// one, so on <paramref name="today"/> a complaint is listed when its last update came before the instant returned:
    /// the end of the latest day whose due day has passed.
    /// </summary>
    public DateTimeOffset UpdateCutoff(DateOnly today)
    {
        var lastListedDay = today.AddDays(-1);
        while (Calendar.AddWorkingDays(lastListedDay, UpdateWorkingDays) >= today)
        {
            lastListedDay = lastListedDay.AddDays(-1);
        }

        return Calendar.Day(lastListedDay).End;
    }
}
