using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

/// <summary>
/// WO-22: each action a client can take on an order, the name the API gives it (its route under
/// <c>/work-orders/{id}/</c>, item routes with the item's id left out) and who may take it. The endpoints authorize
/// with these policies and <see cref="AllowedFor"/> lists them, so a listed action is one the caller may take.
/// </summary>
public static class WorkOrderActionAccess
{
    public static readonly IReadOnlyList<ActionAccess> All =
    [
        new(WorkOrderAction.Assign, "assign", Policies.DispatchDesk),
        new(WorkOrderAction.RecordContact, "contact", Policies.CustomerContact),
        new(WorkOrderAction.ChooseMethod, "plan", Policies.FieldWork),
        new(WorkOrderAction.RecordArrival, "arrive", Policies.FieldWork),
        new(WorkOrderAction.RecordQuote, "quote", Policies.FieldWork),
        new(WorkOrderAction.AcceptQuote, "quotes/accept", Policies.FieldWork),
        new(WorkOrderAction.ApproveQuoteDiscount, "quotes/discount-approval", Policies.DiscountApproval),
        new(WorkOrderAction.StartWork, "start", Policies.FieldWork),
        new(WorkOrderAction.AddTimeEntry, "time-entries", Policies.FieldWork),
        new(WorkOrderAction.AddPhoto, "photos", Policies.FieldWork),
        new(WorkOrderAction.CarryBack, "carry-back", Policies.FieldWork),
        new(WorkOrderAction.ReturnToCustomer, "return-to-customer", Policies.FieldWork),
        new(WorkOrderAction.Resolve, "resolve", Policies.FieldWork),
        new(WorkOrderAction.RecordFollowUp, "follow-up", Policies.DispatchDesk),
        new(WorkOrderAction.Reopen, "reopen", Policies.DispatchDesk),
        new(WorkOrderAction.Cancel, "cancel", Policies.DispatchDesk),
        new(WorkOrderAction.RequestPart, "parts", Policies.FieldWork),
        new(WorkOrderAction.ApprovePart, "parts/approve", Policies.Finance),
        new(WorkOrderAction.ApprovePartAsDirector, "parts/director-approval", Policies.DirectorApproval),
        new(WorkOrderAction.IssuePart, "parts/issue", Policies.PartsStore),
        new(WorkOrderAction.FitPart, "parts/fit", Policies.FieldWork),
        new(WorkOrderAction.ReturnUnusedPart, "parts/returned-unused", Policies.PartsStore),
        new(WorkOrderAction.BookOldPartIn, "parts/old-part-returned", Policies.PartsStore),
        new(WorkOrderAction.WaiveOldPartReturn, "parts/waive-old-part", Policies.Finance),
        new(WorkOrderAction.RecordPayment, "payments", Policies.PaymentCollection),
        new(WorkOrderAction.RemitPayment, "payments/remit", Policies.Finance),
        new(WorkOrderAction.RecordRefund, "refunds", Policies.Finance),
        new(WorkOrderAction.PromiseResolution, "promise", Policies.CustomerContact),
        new(WorkOrderAction.ReconfirmVisit, "reconfirm-visit", Policies.FieldWork),
        new(WorkOrderAction.InspectWorkshopRepair, "workshop/inspection", Policies.TeamLeadership),
    ];

    private static readonly Dictionary<WorkOrderAction, ActionAccess> ByAction = All.ToDictionary(access => access.Action);

    public static AccessPolicy PolicyFor(WorkOrderAction action) => ByAction[action].Policy;

    /// <summary>
    /// The actions the caller may take on an order in <paramref name="status"/> that they can see: decided by status and
    /// role only (ownership is already settled by seeing it, X-4), so the answer changes only with the order's version.
    /// </summary>
    public static IReadOnlyList<string> AllowedFor(WorkOrderStatus status, ICurrentUser caller) =>
        [.. All.Where(access => WorkOrderLifecycle.Allows(status, access.Action) && access.Policy.Admits(caller)).Select(access => access.Name)];

    /// <summary>One row of the table.</summary>
    public sealed record ActionAccess(WorkOrderAction Action, string Name, AccessPolicy Policy);
}
