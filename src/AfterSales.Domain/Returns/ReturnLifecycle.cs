using AfterSales.Domain.Common;
using static AfterSales.Domain.Returns.ReturnAction;
using static AfterSales.Domain.Returns.ReturnStatus;

namespace AfterSales.Domain.Returns;

/// <summary>
/// RX-2 as one table: each step, the statuses it may happen in, and the rule that refuses it anywhere else. A failed
/// inspection leads to <see cref="Negotiating"/> instead of <see cref="Inspected"/>.
/// </summary>
public static class ReturnLifecycle
{
    // Aligned as a table: the formatter would undo the columns.
    #pragma warning disable format
    private static readonly Dictionary<ReturnAction, Transition> Table = new()
    {
        //                        rule    "cannot … RX-2026-000001 while it is …"   allowed while
        [GrantException] = new("RX-1", "grant an exception to",               [Requested]),
        [Approve] =        new("RX-2", "approve",                             [Requested]),
        [Refuse] =         new("RX-2", "refuse",                              [Requested]),
        [ArrangePickup] =  new("RX-2", "arrange a pickup for",                [Approved]),
        [AwaitDropOff] =   new("RX-2", "await the drop-off of",               [Approved]),
        [Receive] =        new("RX-2", "receive the item of",                 [PickupArranged, AwaitingDropOff]),
        [Inspect] =        new("RX-2", "inspect the item of",                 [Received]),
        [Refund] =         new("RX-2", "refund",                              [Inspected]),
        [Exchange] =       new("RX-2", "exchange the item of",                [Inspected]),
        [Negotiate] =      new("RX-2", "record a negotiation outcome for",    [Negotiating]),
    };
    #pragma warning restore format

    public static bool Allows(ReturnStatus status, ReturnAction action) => Table[action].AllowedIn.Contains(status);

    /// <summary>The request is over: nothing more happens to it or to the item through it.</summary>
    public static bool IsFinal(ReturnStatus status) => status is Refused or Refunded or Exchanged or Settled;

    /// <summary>Refuses <paramref name="action"/> on a request whose status does not allow it, naming the rule.</summary>
    internal static void Ensure(ReturnRequest request, ReturnAction action)
    {
        if (!Allows(request.Status, action))
        {
            var transition = Table[action];
            throw new BusinessRuleViolationException(transition.RuleId, $"cannot {transition.Verb} {request.Number} while it is {request.Status}");
        }
    }

    private sealed record Transition(string RuleId, string Verb, ReturnStatus[] AllowedIn);
}
