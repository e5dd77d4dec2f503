using AfterSales.Domain.Common;
using static AfterSales.Domain.WorkOrders.WorkOrderAction;
using static AfterSales.Domain.WorkOrders.WorkOrderStatus;

namespace AfterSales.Domain.WorkOrders;

/// <summary>
/// The work order's lifecycle as one table: each action, the statuses it may happen in, and the rule that
/// refuses it anywhere else. The domain's guards read it, and so does WO-22's <c>allowedActions</c>, so what an
/// order offers and what it accepts cannot drift apart. Which status an action leads to is the action's own business.
/// </summary>
public static class WorkOrderLifecycle
{
    private static readonly WorkOrderStatus[] Open = [Registered, Assigned, Scheduled, InProgress, Resolved];

    /// <summary>Every status an order holding parts or payments can be in: none exist before the first assignment.</summary>
    private static readonly WorkOrderStatus[] AfterAssignment = [Assigned, Scheduled, InProgress, Resolved, Closed, Cancelled];

    // Aligned as a table: the formatter would undo the columns.
    #pragma warning disable format
    private static readonly Dictionary<WorkOrderAction, Transition> Table = new()
    {
        //                                 rule     "cannot … WO-2026-000017 while it is …"     allowed while
        [Assign] =             new("WO-2",  "assign",                                [Registered, Assigned, Scheduled, InProgress]),
        [RecordContact] =      new("WO-5",  "record the customer contact",           [Assigned, Scheduled]),
        [ChooseMethod] =       new("WO-4",  "choose the resolution method",          [Assigned, Scheduled]),
        [RecordArrival] =      new("WO-5",  "record the arrival",                    [Scheduled]),
        [RecordQuote] =        new("WO-12", "quote a fee",                           [Assigned, Scheduled, InProgress]),
        [AcceptQuote] =        new("WO-12", "accept a quote for",                    [Assigned, Scheduled, InProgress]),
        [ApproveQuoteDiscount] = new("WO-12", "approve a quote's discount for",      [Assigned, Scheduled, InProgress]),
        [StartWork] =          new("WO-4",  "start work",                            [Scheduled]),
        [AddTimeEntry] =       new("WO-9",  "record time",                           [Assigned, Scheduled, InProgress, Resolved]),
        [AddPhoto] =           new("WO-9",  "add a photo",                           Open),
        [CarryBack] =          new("WO-10", "carry the item back to the workshop",   [InProgress]),
        [ReturnToCustomer] =   new("WO-10", "return the item",                       [InProgress]),
        [Resolve] =            new("WO-9",  "resolve",                               [InProgress]),
        [RecordFollowUp] =     new("WO-13", "record the follow-up",                  [Resolved]),
        [Reopen] =             new("WO-13", "reopen",                                [Closed]),
        [Cancel] =             new("WO-1",  "cancel",                                [Registered, Assigned, Scheduled]),
        [RequestPart] =        new("WO-11", "request a part for",                    [Assigned, Scheduled, InProgress]),
        [ApprovePart] =        new("WO-11", "approve a part for",                    [Assigned, Scheduled, InProgress]),
        [ApprovePartAsDirector] = new("WO-11", "approve a large part for",           [Assigned, Scheduled, InProgress]),
        [IssuePart] =          new("WO-11", "issue a part for",                      [Assigned, Scheduled, InProgress]),
        [FitPart] =            new("WO-11", "fit a part for",                        [InProgress, Resolved]),
        [ReturnUnusedPart] =   new("WO-11", "book an unused part back for",          AfterAssignment),
        [BookOldPartIn] =      new("WO-11", "book an old part in for",               AfterAssignment),
        [WaiveOldPartReturn] = new("WO-11", "waive an old part's return for",        AfterAssignment),
        [RecordPayment] =      new("WO-12", "take a payment for",                    [Assigned, Scheduled, InProgress, Resolved, Closed]),
        [RemitPayment] =       new("WO-12", "remit a payment for",                   AfterAssignment),
        [RecordRefund] =       new("WO-12", "refund the customer of",                AfterAssignment),
        [HandOver] =           new("HC-5",  "hand over",                             [Assigned, Scheduled, InProgress, Resolved, Closed]),
        [PromiseResolution] =  new("WO-18", "promise a resolution time for",         [Registered, Assigned, Scheduled, InProgress]),
        [ReconfirmVisit] =     new("WO-20", "reconfirm the visit for",               [Scheduled]),
        [InspectWorkshopRepair] = new("WO-10", "inspect the workshop repair of",     [InProgress]),
        [ShipParts] =          new("PR-3",  "ship parts for",                        [Assigned, Scheduled, InProgress, Resolved]),
    };
    #pragma warning restore format

    /// <summary>Still being worked or awaiting its follow-up: neither closed nor cancelled.</summary>
    public static bool IsOpen(WorkOrderStatus status) => Open.Contains(status);

    public static bool Allows(WorkOrderStatus status, WorkOrderAction action) => Table[action].AllowedIn.Contains(status);

    /// <summary>The actions an order in <paramref name="status"/> accepts, in the order of <see cref="WorkOrderAction"/>.</summary>
    public static IEnumerable<WorkOrderAction> ActionsIn(WorkOrderStatus status) =>
        Enum.GetValues<WorkOrderAction>().Where(action => Allows(status, action));

    /// <summary>Refuses <paramref name="action"/> on an order whose status does not allow it, naming the rule.</summary>
    internal static void Ensure(WorkOrder order, WorkOrderAction action)
    {
        if (!Allows(order.Status, action))
        {
            throw Refusal(order, action);
        }
    }

    internal static BusinessRuleViolationException Refusal(WorkOrder order, WorkOrderAction action)
    {
        var transition = Table[action];
        return new BusinessRuleViolationException(transition.RuleId, $"cannot {transition.Verb} {order.Number} while it is {order.Status}");
    }

    private sealed record Transition(string RuleId, string Verb, WorkOrderStatus[] AllowedIn);
}
