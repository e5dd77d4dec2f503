using AfterSales.Domain.Common;
using static AfterSales.Domain.Inquiries.InquiryAction;
using static AfterSales.Domain.Inquiries.InquiryStatus;

namespace AfterSales.Domain.Inquiries;

/// <summary>
/// The inquiry's lifecycle as one table: each action, the statuses it may happen in, and the rule that refuses it
/// anywhere else. Every action needs an open inquiry: answering or converting closes it for good (IQ-1).
/// </summary>
public static class InquiryLifecycle
{
    // Aligned as a table: the formatter would undo the columns.
    #pragma warning disable format
    private static readonly Dictionary<InquiryAction, Transition> Table = new()
    {
        //                                rule    "cannot … IQ-2026-000001 while it is …"   allowed while
        [Respond] =            new("IQ-1", "respond to",                            [Open]),
        [Answer] =             new("IQ-1", "answer",                                [Open]),
        [ConvertToWorkOrder] = new("IQ-1", "turn into a work order",                [Open]),
        [ConvertToComplaint] = new("IQ-1", "turn into a complaint",                 [Open]),
    };
    #pragma warning restore format

    public static bool Allows(InquiryStatus status, InquiryAction action) => Table[action].AllowedIn.Contains(status);

    /// <summary>Refuses <paramref name="action"/> on an inquiry whose status does not allow it, naming the rule.</summary>
    internal static void Ensure(Inquiry inquiry, InquiryAction action)
    {
        if (!Allows(inquiry.Status, action))
        {
            var transition = Table[action];
            throw new BusinessRuleViolationException(transition.RuleId, $"cannot {transition.Verb} {inquiry.Number} while it is {inquiry.Status}");
        }
    }

    private sealed record Transition(string RuleId, string Verb, InquiryStatus[] AllowedIn);
}
