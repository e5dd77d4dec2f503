using AfterSales.Domain.Common;
using static AfterSales.Domain.PartsReplacements.ReplacementAction;
using static AfterSales.Domain.PartsReplacements.ReplacementStatus;

namespace AfterSales.Domain.PartsReplacements;

/// <summary>
/// The parts-replacement request's lifecycle as one table: someone takes it and tells the customer the plan, then the
/// Warehouse ships it (PS-1, PR-3); a shipped request is done.
/// </summary>
public static class PartsReplacementLifecycle
{
    // Aligned as a table: the formatter would undo the columns.
    #pragma warning disable format
    private static readonly Dictionary<ReplacementAction, Transition> Table = new()
    {
        //                 rule    "cannot … PS-2026-000001 while it is …"   allowed while
        [Respond] = new("PS-1", "respond to",                            [Open]),
        [Ship] =    new("PS-1", "ship",                                  [Responded]),
    };
    #pragma warning restore format

    public static bool Allows(ReplacementStatus status, ReplacementAction action) => Table[action].AllowedIn.Contains(status);

    /// <summary>Refuses <paramref name="action"/> on a request whose status does not allow it, naming the rule.</summary>
    internal static void Ensure(PartsReplacementRequest request, ReplacementAction action)
    {
        if (!Allows(request.Status, action))
        {
            var transition = Table[action];
            throw new BusinessRuleViolationException(transition.RuleId, $"cannot {transition.Verb} {request.Number} while it is {request.Status}");
        }
    }

    private sealed record Transition(string RuleId, string Verb, ReplacementStatus[] AllowedIn);
}
