using AfterSales.Domain.Common;
using static AfterSales.Domain.Invoicing.InvoiceRequestAction;
using static AfterSales.Domain.Invoicing.InvoiceRequestStatus;

namespace AfterSales.Domain.Invoicing;

/// <summary>
/// The invoice request's lifecycle as one table (WO-12 r2): Finance issues a request, or it is cancelled when nothing is
/// left to invoice; while it is still requested its amount follows the order's fee. Issued and cancelled are final.
/// </summary>
public static class InvoiceRequestLifecycle
{
    // Aligned as a table: the formatter would undo the columns.
    #pragma warning disable format
    private static readonly Dictionary<InvoiceRequestAction, Transition> Table = new()
    {
        //                  rule     "cannot … IR-2026-000001 while it is …"   allowed while
        [Reassess] = new("WO-12", "change the amount of",                    [Requested]),
        [Issue] =    new("WO-12", "issue",                                   [Requested]),
        [Cancel] =   new("WO-12", "cancel",                                  [Requested]),
    };
    #pragma warning restore format

    public static bool Allows(InvoiceRequestStatus status, InvoiceRequestAction action) => Table[action].AllowedIn.Contains(status);

    /// <summary>Refuses <paramref name="action"/> on a request whose status does not allow it, naming the rule.</summary>
    internal static void Ensure(InvoiceRequest request, InvoiceRequestAction action)
    {
        if (!Allows(request.Status, action))
        {
            var transition = Table[action];
            throw new BusinessRuleViolationException(transition.RuleId, $"cannot {transition.Verb} {request.Number} while it is {request.Status}");
        }
    }

    private sealed record Transition(string RuleId, string Verb, InvoiceRequestStatus[] AllowedIn);
}
