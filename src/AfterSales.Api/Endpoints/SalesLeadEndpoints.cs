using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.SalesLeads;
using AfterSales.Application.SalesLeads.Get;
using AfterSales.Application.SalesLeads.List;
using AfterSales.Application.SalesLeads.Progress;
using AfterSales.Application.SalesLeads.Record;
using AfterSales.Application.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class SalesLeadEndpoints
{
    public static void MapSalesLeads(this RouteGroupBuilder api)
    {
        var leads = api.MapGroup("/sales-leads").WithTags("Sales leads");

        leads.MapPost("/", async Task<Created<SalesLeadResponse>> (RecordSalesLead command, ISender sender, CancellationToken cancellationToken) =>
            {
                var lead = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/sales-leads/{lead.Id}", lead);
            })
            .RequireAuthorization(Policies.CustomerContact).WithName(nameof(RecordSalesLead))
            .WithSummary("Record that a customer intends to buy new equipment; a technician records it as themselves (WO-15)");
        leads.MapGet("/{id:guid}", async Task<Ok<SalesLeadResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetSalesLead(id), cancellationToken)))
            .RequireAuthorization(Policies.SalesLeadDesk).WithName(nameof(GetSalesLead)).WithSummary("A sales lead");
        leads.MapGet("/", async Task<Ok<PagedList<SalesLeadSummary>>> ([AsParameters] ListSalesLeads query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.SalesLeadDesk).WithName(nameof(ListSalesLeads)).WithSummary("Sales leads for sales, newest first, by status and customer (WO-15)");

        leads.MapPost("/{id:guid}/contacted", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new MarkSalesLeadContacted { SalesLeadId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.SalesLeadDesk).WithName(nameof(MarkSalesLeadContacted)).WithSummary("Sales has spoken to the customer (WO-15)");
        leads.MapPost("/{id:guid}/won", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new MarkSalesLeadWon { SalesLeadId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.SalesLeadDesk).WithName(nameof(MarkSalesLeadWon)).WithSummary("The customer bought; an open or contacted lead ends here (WO-15)");
        leads.MapPost("/{id:guid}/lost", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new MarkSalesLeadLost { SalesLeadId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.SalesLeadDesk).WithName(nameof(MarkSalesLeadLost)).WithSummary("The customer will not buy; an open or contacted lead ends here (WO-15)");
    }
}
