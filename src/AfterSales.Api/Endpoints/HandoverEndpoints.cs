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
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class HandoverEndpoints
{
    public static void MapHandovers(this RouteGroupBuilder api)
    {
        var handovers = api.MapGroup("/handovers").WithTags("Handovers");

        handovers.MapPost("/", Start).RequireAuthorization(Policies.HandoverManagement).WithName("StartHandover")
            .WithSummary("Start the handover of an active technician; they become Leaving and the checklist lists what the records say they hold (HC-1, HC-2)");
        handovers.MapGet("/{id:guid}", Get).WithName("GetHandover")
            .WithSummary("A handover checklist (Manager and HR; the leaver, successor and supervisor their own)");
        handovers.MapGet("/", List).RequireAuthorization(Policies.HandoverReaders).WithName("ListHandovers")
            .WithSummary("Handover checklists by status, earliest effective date first; overdue=true lists those still open after it (HC-6)");

        handovers.MapAction<AddHandoverItem, HandoverChecklistResponse>("items", Policies.HandoverManagement,
            "Add an item by hand: an Account (system and user name only, HC-3) or Other (HC-2)");
        ItemAction<CompleteHandoverItem>(handovers, "complete", Policies.Staff,
            "Complete an item with outcome and note; reassigned and transferred items go to an active technician, by default the successor (Manager or the leaver; HC-4, TE-2)");
        ItemAction<WaiveHandoverItem>(handovers, "waive", Policies.HandoverManagement, "Waive an item, with the reason (Manager only; HC-4)");
        handovers.MapAction<SignOffHandover, HandoverChecklistResponse>("sign-offs", Policies.Staff,
            "Sign off as Leaver, Receiver or Supervisor: that person (by the token's technician id) or a Manager on their behalf (HC-5)");
        handovers.MapAction<CompleteHandover, HandoverChecklistResponse>("complete", Policies.HandoverManagement,
            "Complete: with every item ended and three sign-offs, hand everything over in one transaction; the leaver departs, or changes team for a transfer (HC-5, TE-3)");
        handovers.MapAction<WithdrawHandover, HandoverChecklistResponse>("withdraw", Policies.HandoverManagement,
            "Withdraw an open handover with the reason (resignation withdrawn, wrong technician): nothing is handed over and the technician is Active again (Manager only; HC-1)");
    }

    private static void ItemAction<TAction>(RouteGroupBuilder handovers, string action, string policy, string summary)
        where TAction : HandoverItemAction =>
        handovers.MapPost($"/{{id:guid}}/items/{{itemId:guid}}/{action}", (Guid id, Guid itemId, TAction? command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.SendItemAction<TAction, HandoverChecklistResponse>(command, id, itemId, ifMatch, cancellationToken))
            .RequireAuthorization(policy)
            .WithName(typeof(TAction).Name)
            .WithSummary(summary);

    private static async Task<Created<HandoverChecklistResponse>> Start(StartHandover command, ISender sender, CancellationToken cancellationToken)
    {
        var checklist = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/handovers/{checklist.Id}", checklist);
    }

    private static async Task<Ok<HandoverChecklistResponse>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetHandover(id), cancellationToken));

    private static async Task<Ok<PagedList<HandoverChecklistResponse>>> List([AsParameters] ListHandovers query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
