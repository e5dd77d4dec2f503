using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.PartsOrders;
using AfterSales.Application.PartsOrders.Cancel;
using AfterSales.Application.PartsOrders.ConfirmPayment;
using AfterSales.Application.PartsOrders.Get;
using AfterSales.Application.PartsOrders.List;
using AfterSales.Application.PartsOrders.OnAccount;
using AfterSales.Application.PartsOrders.PaymentArrival;
using AfterSales.Application.PartsOrders.Register;
using AfterSales.Application.PartsOrders.Ship;
using AfterSales.Application.Security;
using AfterSales.Application.Shipping;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

/// <summary>PR-2, PR-3: parts-only orders, registered at the desk, paid (confirmed by Finance) or taken on account, shipped by the Warehouse.</summary>
internal static class PartsOrderEndpoints
{
    public static void MapPartsOrders(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/parts-orders").WithTags("Parts orders");

        orders.MapPost("/", async Task<Created<PartsOrderResponse>> (RegisterPartsOrder command, ISender sender, CancellationToken cancellationToken) =>
            {
                var order = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/parts-orders/{order.Id}", order);
            })
            .RequireAuthorization(Policies.PartsOrderDesk).WithName(nameof(RegisterPartsOrder))
            .WithSummary("Register a parts-only order for a customer on file, priced from the price list in force today (PR-2, PR-1)");
        orders.MapGet("/{id:guid}", async Task<Ok<PartsOrderResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetPartsOrder(id), cancellationToken)))
            .RequireAuthorization(Policies.PartsOrderReaders).WithName(nameof(GetPartsOrder)).WithSummary("A parts-only order with its payment, confirmation clocks and shipments (PR-2, PR-3)");
        orders.MapGet("/", async Task<Ok<PagedList<PartsOrderResponse>>> ([AsParameters] ListPartsOrders query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.PartsOrderReaders).WithName(nameof(ListPartsOrders))
            .WithSummary("Parts-only orders newest first, by status, customer and payment confirmation (Late: not confirmed within 12 h, or confirmed late; AtRisk) (PR-2)");

        orders.MapPost("/{id:guid}/payment-arrival", (Guid id, RecordPartsOrderPaymentArrival command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { OrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.PartsOrderDesk).WithName(nameof(RecordPartsOrderPaymentArrival))
            .WithSummary("Record that the customer's payment arrived (time, amount, method, reference); Finance confirms it within 12 h (PR-2)");
        orders.MapPost("/{id:guid}/payment-confirmation", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new ConfirmPartsOrderPayment { OrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.Finance).WithName(nameof(ConfirmPartsOrderPayment))
            .WithSummary("Finance confirms the payment that arrived; the whole total paid releases the shipment, and on account it pays off the receivable (PR-2, WO-12)");
        orders.MapPost("/{id:guid}/on-account", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new AcceptPartsOrderOnAccount { OrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.OnAccountAcceptance).WithName(nameof(AcceptPartsOrderOnAccount))
            .WithSummary("The customer's responsible technician, signed in as themselves, accepts the amount as a receivable owed through them; releases the shipment (PR-2, WO-12)");
        orders.MapPost("/{id:guid}/shipments", async Task<Created<ShipmentResponse>> (Guid id, ShipPartsOrder command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
            {
                var shipment = await sender.Send(command with { OrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken);
                return TypedResults.Created($"/api/v1/parts-orders/{id}", shipment);
            })
            .RequireAuthorization(Policies.PartsStore).WithName(nameof(ShipPartsOrder))
            .WithSummary("The Warehouse books the parts out with carrier, tracking number and shipping day, once paid or taken on account (PR-3, PR-2)");
        orders.MapPost("/{id:guid}/cancel", (Guid id, CancelPartsOrder command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { OrderId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.PartsOrderDesk).WithName(nameof(CancelPartsOrder))
            .WithSummary("Cancel a parts-only order before a payment is confirmed, it is taken on account or shipped (PR-2)");
    }
}
