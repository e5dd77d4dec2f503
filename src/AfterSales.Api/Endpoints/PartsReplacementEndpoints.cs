using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.PartsReplacements;
using AfterSales.Application.PartsReplacements.Get;
using AfterSales.Application.PartsReplacements.List;
using AfterSales.Application.PartsReplacements.Register;
using AfterSales.Application.PartsReplacements.Respond;
using AfterSales.Application.PartsReplacements.Ship;
using AfterSales.Application.Security;
using AfterSales.Application.Shipping;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

/// <summary>PS-1, PR-3: parts-replacement requests, registered by the dispatch desk, taken by the desk or the Warehouse, shipped by the Warehouse.</summary>
internal static class PartsReplacementEndpoints
{
    public static void MapPartsReplacements(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/parts-replacements").WithTags("Parts replacements").RequireAuthorization(Policies.PartsReplacementDesk);

        requests.MapPost("/", async Task<Created<PartsReplacementResponse>> (RegisterPartsReplacement command, ISender sender, CancellationToken cancellationToken) =>
            {
                var request = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/parts-replacements/{request.Id}", request);
            })
            .RequireAuthorization(Policies.DispatchDesk).WithName(nameof(RegisterPartsReplacement))
            .WithSummary("Register a parts-replacement request for equipment on the customer's card; respond within 24 h and ship within 48 h, public holidays not counted (PS-1)");
        requests.MapGet("/{id:guid}", async Task<Ok<PartsReplacementResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetPartsReplacement(id), cancellationToken)))
            .WithName(nameof(GetPartsReplacement)).WithSummary("A parts-replacement request with its response and ship clocks (PS-1)");
        requests.MapGet("/by-number/{number}", async Task<Ok<PartsReplacementResponse>> (string number, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetPartsReplacementByNumber(number), cancellationToken)))
            .WithName(nameof(GetPartsReplacementByNumber)).WithSummary("A parts-replacement request by the number the customer quotes, e.g. PS-2026-000001");
        requests.MapGet("/", async Task<Ok<PagedList<PartsReplacementResponse>>> ([AsParameters] ListPartsReplacements query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .WithName(nameof(ListPartsReplacements))
            .WithSummary("Parts-replacement requests newest first, by status and SLA state (Breached, Overdue, AtRisk) (PS-1, WO-8)");

        requests.MapPost("/{id:guid}/respond", (Guid id, RespondToPartsReplacement command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { RequestId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .WithName(nameof(RespondToPartsReplacement))
            .WithSummary("A named person takes the request and records the plan told to the customer; stops the response clock (PS-1)");
        requests.MapPost("/{id:guid}/shipments", async Task<Created<ShipmentResponse>> (Guid id, ShipPartsReplacement command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
            {
                var shipment = await sender.Send(command with { RequestId = id, ExpectedVersion = ifMatch.Version }, cancellationToken);
                return TypedResults.Created($"/api/v1/parts-replacements/{id}", shipment);
            })
            .RequireAuthorization(Policies.PartsStore).WithName(nameof(ShipPartsReplacement))
            .WithSummary("The Warehouse books the part out with carrier, tracking number and shipping day; stops the ship clock (PR-3, PS-1)");
    }
}
