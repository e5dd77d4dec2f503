using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Handovers;
using AfterSales.Application.Handovers.Complete;
using AfterSales.Application.Handovers.Get;
using AfterSales.Application.Handovers.Items;
using AfterSales.Application.Handovers.List;
using AfterSales.Application.Handovers.SignOffs;
using AfterSales.Application.Handovers.Start;
using AfterSales.Application.Handovers.Withdraw;
using AfterSales.Application.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class HandoverEndpoints
{
    public static void MapHandovers(this RouteGroupBuilder api)
    {
        var handovers = api.MapGroup("/handovers").WithTags("Handovers");

        handovers.MapPost("/", async Task<Created<HandoverChecklistResponse>> (StartHandover command, ISender sender, CancellationToken cancellationToken) =>
            {
                var checklist = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/handovers/{checklist.Id}", checklist);
            })
            .RequireAuthorization(Policies.HandoverManagement).WithName(nameof(StartHandover))
            .WithSummary("Start the handover of an active technician; they become Leaving and the checklist lists what the records say they hold (HC-1, HC-2)");
        handovers.MapGet("/{id:guid}", async Task<Ok<HandoverChecklistResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetHandover(id), cancellationToken)))
            .WithName(nameof(GetHandover)).WithSummary("A handover checklist (Manager and HR; the leaver, successor and supervisor their own)");
        handovers.MapGet("/", async Task<Ok<PagedList<HandoverChecklistResponse>>> ([AsParameters] ListHandovers query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.HandoverReaders).WithName(nameof(ListHandovers))
            .WithSummary("Handover checklists by status, earliest effective date first; overdue=true lists those still open after it (HC-6)");

        handovers.MapPost("/{id:guid}/items", (Guid id, AddHandoverItem command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { HandoverId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.HandoverManagement).WithName(nameof(AddHandoverItem))
            .WithSummary("Add an item by hand: an Account (system and user name only, HC-3) or Other (HC-2)");
        handovers.MapPost("/{id:guid}/items/{itemId:guid}/complete", (Guid id, Guid itemId, CompleteHandoverItem command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { HandoverId = id, ItemId = itemId, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.Staff).WithName(nameof(CompleteHandoverItem))
            .WithSummary("Complete an item with outcome and note; reassigned and transferred items go to an active technician, by default the successor (Manager or the leaver; HC-4, TE-2)");
        handovers.MapPost("/{id:guid}/items/{itemId:guid}/waive", (Guid id, Guid itemId, WaiveHandoverItem command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { HandoverId = id, ItemId = itemId, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.HandoverManagement).WithName(nameof(WaiveHandoverItem)).WithSummary("Waive an item, with the reason (Manager only; HC-4)");
        handovers.MapPost("/{id:guid}/sign-offs", (Guid id, SignOffHandover command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { HandoverId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.Staff).WithName(nameof(SignOffHandover))
            .WithSummary("Sign off as Leaver, Receiver or Supervisor: that person (by the token's technician id) or a Manager on their behalf (HC-5)");
        handovers.MapPost("/{id:guid}/complete", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new CompleteHandover { HandoverId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.HandoverManagement).WithName(nameof(CompleteHandover))
            .WithSummary("Complete: with every item ended and three sign-offs, hand everything over in one transaction; the leaver departs, or changes team for a transfer (HC-5, TE-3)");
        handovers.MapPost("/{id:guid}/withdraw", (Guid id, WithdrawHandover command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { HandoverId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.HandoverManagement).WithName(nameof(WithdrawHandover))
            .WithSummary("Withdraw an open handover with the reason (resignation withdrawn, wrong technician): nothing is handed over and the technician is Active again (Manager only; HC-1)");
    }
}
