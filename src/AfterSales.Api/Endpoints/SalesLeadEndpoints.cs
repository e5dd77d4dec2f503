using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.SalesLeads;
using AfterSales.Application.SalesLeads.Get;
using AfterSales.Application.SalesLeads.List;
using AfterSales.Application.SalesLeads.Progress;
using AfterSales.Application.SalesLeads.Record;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class SalesLeadEndpoints
{
    public static void MapSalesLeads(this RouteGroupBuilder api)
    {
        var leads = api.MapGroup("/sales-leads").WithTags("Sales leads");

        leads.MapPost("/", Record).RequireAuthorization(Policies.CustomerContact).WithName("RecordSalesLead")
            .WithSummary("Record that a customer intends to buy new equipment; a technician records it as themselves (WO-15)");
        leads.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.DispatchDesk).WithName("GetSalesLead")
            .WithSummary("A sales lead");
        leads.MapGet("/", List).RequireAuthorization(Policies.DispatchDesk).WithName("ListSalesLeads")
            .WithSummary("Sales leads for sales, newest first, by status and customer (WO-15)");

        Action<MarkSalesLeadContacted>(leads, "contacted", "Sales has spoken to the customer (WO-15)");
        Action<MarkSalesLeadWon>(leads, "won", "The customer bought; an open or contacted lead ends here (WO-15)");
        Action<MarkSalesLeadLost>(leads, "lost", "The customer will not buy; an open or contacted lead ends here (WO-15)");
    }

    /// <summary>Every move has the same shape: <c>POST /sales-leads/{id}/{action}</c> without a body, If-Match honoured, the lead returned.</summary>
    private static void Action<TAction>(RouteGroupBuilder leads, string action, string summary)
        where TAction : SalesLeadAction, new() =>
        leads.MapPost($"/{{id:guid}}/{action}", async Task<Ok<SalesLeadResponse>> (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new TAction { SalesLeadId = id, ExpectedVersion = ifMatch.ExpectedVersion }, cancellationToken)))
            .RequireAuthorization(Policies.DispatchDesk)
            .WithName(typeof(TAction).Name)
            .WithSummary(summary);

    private static async Task<Created<SalesLeadResponse>> Record(RecordSalesLead command, ISender sender, CancellationToken cancellationToken)
    {
        var lead = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/sales-leads/{lead.Id}", lead);
    }

    private static async Task<Ok<SalesLeadResponse>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetSalesLead(id), cancellationToken));

    private static async Task<Ok<PagedList<SalesLeadSummary>>> List([AsParameters] ListSalesLeads query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
