using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Returns;
using AfterSales.Application.Returns.Collect;
using AfterSales.Application.Returns.Complete;
using AfterSales.Application.Returns.Decide;
using AfterSales.Application.Returns.Get;
using AfterSales.Application.Returns.Inspect;
using AfterSales.Application.Returns.List;
using AfterSales.Application.Returns.Negotiate;
using AfterSales.Application.Returns.Receive;
using AfterSales.Application.Returns.Register;
using AfterSales.Application.Returns.StockMovements;
using AfterSales.Application.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

/// <summary>RX-1..RX-3: return and exchange requests, each step by the role whose work it is, and the stock they move.</summary>
internal static class ReturnEndpoints
{
    public static void MapReturns(this RouteGroupBuilder api)
    {
        var returns = api.MapGroup("/returns").WithTags("Returns");

        returns.MapPost("/", async Task<Created<ReturnRequestResponse>> (RegisterReturnRequest command, ISender sender, CancellationToken cancellationToken) =>
            {
                var request = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/returns/{request.Id}", request);
            })
            .RequireAuthorization(Policies.ReturnIntake)
            .WithName(nameof(RegisterReturnRequest))
            .WithSummary("Register a return or exchange request for an item on the customer card, judged against its delivery date: a return within 7 days, an exchange within 15; an ineligible one is registered with the reason (RX-1)");
        returns.MapGet("/{id:guid}", async Task<Ok<ReturnRequestResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetReturnRequest(id), cancellationToken)))
            .RequireAuthorization(Policies.ReturnReaders)
            .WithName(nameof(GetReturnRequest)).WithSummary("A return or exchange request with its eligibility, steps and stock movements");
        returns.MapGet("/by-number/{number}", async Task<Ok<ReturnRequestResponse>> (string number, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetReturnRequestByNumber(number), cancellationToken)))
            .RequireAuthorization(Policies.ReturnReaders)
            .WithName(nameof(GetReturnRequestByNumber)).WithSummary("A return or exchange request by the number the customer quotes, e.g. RX-2026-000001");
        returns.MapGet("/", async Task<Ok<PagedList<ReturnRequestResponse>>> ([AsParameters] ListReturnRequests query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.ReturnReaders)
            .WithName(nameof(ListReturnRequests)).WithSummary("Return and exchange requests newest first, by status, kind and customer (RX-2)");

        returns.MapPost("/{id:guid}/exception", (Guid id, GrantReturnException command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ReturnRequestId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.ReturnDecisions)
            .WithName(nameof(GrantReturnException)).WithSummary("Let an ineligible request proceed, for a reason; without it the request cannot be approved (RX-1)");
        returns.MapPost("/{id:guid}/approve", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new ApproveReturnRequest { ReturnRequestId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.ReturnDecisions)
            .WithName(nameof(ApproveReturnRequest)).WithSummary("Approve the request; an ineligible one needs an exception first (RX-1, RX-2)");
        returns.MapPost("/{id:guid}/refuse", (Guid id, RefuseReturnRequest command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ReturnRequestId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.ReturnDecisions)
            .WithName(nameof(RefuseReturnRequest)).WithSummary("Refuse the request, with the reason the customer is told (RX-2)");
        returns.MapPost("/{id:guid}/arrange-pickup", (Guid id, ArrangeReturnPickup command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ReturnRequestId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.ReturnIntake)
            .WithName(nameof(ArrangeReturnPickup)).WithSummary("Arrange to collect the approved item on a day (RX-2)");
        returns.MapPost("/{id:guid}/await-drop-off", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new AwaitReturnDropOff { ReturnRequestId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.ReturnIntake)
            .WithName(nameof(AwaitReturnDropOff)).WithSummary("The customer brings the approved item in (RX-2)");
        returns.MapPost("/{id:guid}/receive", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new ReceiveReturnedItem { ReturnRequestId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.PartsStore)
            .WithName(nameof(ReceiveReturnedItem)).WithSummary("The Warehouse has the item (RX-2)");
        returns.MapPost("/{id:guid}/inspect", (Guid id, InspectReturnedItem command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ReturnRequestId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.ReturnInspection)
            .WithName(nameof(InspectReturnedItem)).WithSummary("Quality's verdict with findings; a failed item goes to negotiation with the customer (RX-2)");
        returns.MapPost("/{id:guid}/refund", (Guid id, RefundReturn command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ReturnRequestId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.Finance)
            .WithName(nameof(RefundReturn)).WithSummary("Refund a return that passed inspection: the item is marked Returned on the card and booked into stock (RX-2, RX-3)");
        returns.MapPost("/{id:guid}/exchange", (Guid id, ExchangeReturnedItem command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ReturnRequestId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.PartsStore)
            .WithName(nameof(ExchangeReturnedItem))
            .WithSummary("Hand over the replacement for an exchange that passed inspection: the item is marked Returned, the replacement added to the card with its own delivery date and warranty, both booked in and out of stock (RX-2, RX-3)");
        returns.MapPost("/{id:guid}/negotiation", (Guid id, RecordNegotiationOutcome command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ReturnRequestId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.ReturnDecisions)
            .WithName(nameof(RecordNegotiationOutcome))
            .WithSummary("What was agreed after a failed inspection: AcceptedBack, PartialRefund (amount, method; the item comes back) or RepairedUnderWorkOrder (RX-2, RX-3)");

        api.MapGet("/stock-movements", async Task<Ok<PagedList<StockMovementResponse>>> ([AsParameters] ListStockMovements query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .WithTags("Returns")
            .RequireAuthorization(Policies.StockMovementReaders)
            .WithName(nameof(ListStockMovements)).WithSummary("Items booked into stock by completed returns and exchanges, and replacements booked out, newest first (RX-3)");
    }
}
