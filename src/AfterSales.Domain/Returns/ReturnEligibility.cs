namespace AfterSales.Domain.Returns;

/// <summary>
/// RX-1: whether a request meets the policy on the day it is registered, and if not, why. The days are calendar days
/// counted from the delivery date: delivered on 2 March, the 7th day is 9 March.
/// </summary>
public sealed record ReturnEligibility(bool IsEligible, string? Reason)
{
    public static readonly ReturnEligibility Eligible = new(true, null);

    /// <summary>
    /// A return: within <see cref="ReturnPolicy.ReturnDays"/> when the item is new or opened but unused, or for a
    /// quality fault in any condition but damaged. An exchange: within <see cref="ReturnPolicy.ExchangeDays"/> for a
    /// quality fault or the wrong item.
    /// </summary>
    public static ReturnEligibility Assess(ReturnKind kind, ReturnReason reason, ItemCondition condition, DateOnly deliveredOn, DateOnly registeredOn, ReturnPolicy policy)
    {
        var day = registeredOn.DayNumber - deliveredOn.DayNumber;
        return kind switch
        {
            ReturnKind.Return when day > policy.ReturnDays =>
                Ineligible($"registered on day {day} after delivery, past the {policy.ReturnDays} days a return is accepted"),
            ReturnKind.Return when condition is ItemCondition.New or ItemCondition.OpenedUnused => Eligible,
            ReturnKind.Return when reason == ReturnReason.QualityFault && condition != ItemCondition.Damaged => Eligible,
            ReturnKind.Return => Ineligible($"a {condition} item is taken back only for a quality fault, and a damaged one not at all"),
            ReturnKind.Exchange when day > policy.ExchangeDays =>
                Ineligible($"registered on day {day} after delivery, past the {policy.ExchangeDays} days an exchange is accepted"),
            ReturnKind.Exchange when reason is ReturnReason.QualityFault or ReturnReason.WrongItem => Eligible,
            ReturnKind.Exchange => Ineligible($"an exchange is for a quality fault or the wrong item, not {reason}"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static ReturnEligibility Ineligible(string reason) => new(false, reason);
}
