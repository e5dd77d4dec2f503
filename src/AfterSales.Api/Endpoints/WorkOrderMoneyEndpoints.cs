using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.WorkOrders;
using AfterSales.Application.WorkOrders.Parts;
using AfterSales.Application.WorkOrders.Payments;
using Mediator;

namespace AfterSales.Api.Endpoints;

/// <summary>Parts (WO-11) and payments (WO-12) of a work order; each answers with the whole order, as every order action does.</summary>
internal static class WorkOrderMoneyEndpoints
{
    public static void MapWorkOrderMoney(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/work-orders").WithTags("Work orders");

        WorkOrderEndpoints.Action<RequestPart>(orders, "parts", Policies.FieldWork, "Request a part; chargeable or free by service type and cause, old part asked back for free warranty parts (WO-11)");
        PartAction<ApprovePart>(orders, "approve", Policies.Finance, "Approve a requested part, which issues it; a free warranty part's price is held as a deposit until its old part is back (WO-11)");
        PartAction<RecordOldPartReturned>(orders, "old-part-returned", Policies.Finance, "Book the replaced part into the warehouse; releases its deposit (WO-11)");
        PartAction<WaiveOldPartReturn>(orders, "waive-old-part", Policies.Finance, "Excuse the replaced part's return, with a reason; releases its deposit (WO-11)");

        WorkOrderEndpoints.Action<RecordPayment>(orders, "payments", Policies.PaymentCollection, "Record money received from the customer, up to the balance (WO-12)");
        PaymentAction<RemitPayment>(orders, "remit", Policies.Finance, "Take in collected cash; cash not remitted by the end of its company day is flagged unremitted (WO-12)");
    }

    private static void PartAction<TAction>(RouteGroupBuilder orders, string action, string policy, string summary)
        where TAction : WorkOrderItemAction =>
        orders.MapPost($"/{{id:guid}}/parts/{{partId:guid}}/{action}", (Guid id, Guid partId, TAction? command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.SendItemAction<TAction, WorkOrderResponse>(command, id, partId, ifMatch, cancellationToken))
            .RequireAuthorization(policy)
            .WithName(typeof(TAction).Name)
            .WithSummary(summary);

    private static void PaymentAction<TAction>(RouteGroupBuilder orders, string action, string policy, string summary)
        where TAction : WorkOrderItemAction =>
        orders.MapPost($"/{{id:guid}}/payments/{{paymentId:guid}}/{action}", (Guid id, Guid paymentId, TAction? command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.SendItemAction<TAction, WorkOrderResponse>(command, id, paymentId, ifMatch, cancellationToken))
            .RequireAuthorization(policy)
            .WithName(typeof(TAction).Name)
            .WithSummary(summary);

}
