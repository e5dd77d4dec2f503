namespace AfterSales.Domain.Common;

/// <summary>
/// A business rule refuses the action in the aggregate's current state. The rule id
/// (e.g. "TE-2") travels with it so the caller can be told which rule said no.
/// </summary>
public sealed class BusinessRuleViolationException(string ruleId, string reason)
    : Exception($"{ruleId}: {reason}")
{
    public string RuleId { get; } = ruleId;
}
