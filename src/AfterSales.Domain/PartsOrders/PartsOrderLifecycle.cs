using AfterSales.Domain.Common;
using static AfterSales.Domain.PartsOrders.PartsOrderAction;
using static AfterSales.Domain.PartsOrders.PartsOrderStatus;

namespace AfterSales.Domain.PartsOrders;

/// <summary>
/// The parts-only order's lifecycle as one table (PR-2, PR-3): payment arrives and Finance confirms it, or the customer's
/// responsible technician takes the amount on account; only then does the Warehouse ship. A payment can still arrive
/// for an order on account, shipped or not, and pays off its receivable.
/// </summary>
public static class PartsOrderLifecycle
{
    // Aligned as a table: the formatter would undo the columns.
    #pragma warning disable format
    private static readonly Dictionary<PartsOrderAction, Transition> Table = new()
    {
        //                              rule    "cannot … PO-2026-000001 while it is …"   allowed while
        [RecordPaymentArrival] = new("PR-2", "record a payment arriving for",          [AwaitingPayment, OnAccount, Shipped]),
        [ConfirmPayment] =       new("PR-2", "confirm a payment for",                  [PaymentArrived, OnAccount, Shipped]),
        [AcceptOnAccount] =      new("PR-2", "accept on account",                      [AwaitingPayment]),
        [Ship] =                 new("PR-2", "ship",                                   [Paid, OnAccount]),
        [Cancel] =               new("PR-2", "cancel",                                 [AwaitingPayment, PaymentArrived]),
    };
    #pragma warning restore format

    public static bool Allows(PartsOrderStatus status, PartsOrderAction action) => Table[action].AllowedIn.Contains(status);

    /// <summary>Refuses <paramref name="action"/> on an order whose status does not allow it, naming the rule.</summary>
    internal static void Ensure(PartsOrder order, PartsOrderAction action)
    {
        if (!Allows(order.Status, action))
        {
            var transition = Table[action];
            throw new BusinessRuleViolationException(transition.RuleId, $"cannot {transition.Verb} {order.Number} while it is {order.Status}");
        }
    }

    private sealed record Transition(string RuleId, string Verb, PartsOrderStatus[] AllowedIn);
}
