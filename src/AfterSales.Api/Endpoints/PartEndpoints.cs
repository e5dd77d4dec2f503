using AfterSales.Api.Auth;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Security;
using AfterSales.Application.WorkOrders.Parts;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

/// <summary>Parts across work orders, as the Warehouse and Finance follow them (WO-11).</summary>
internal static class PartEndpoints
{
    public static void MapParts(this RouteGroupBuilder api)
    {
        var parts = api.MapGroup("/parts").WithTags("Parts");

        parts.MapGet("/outstanding-old-parts", List).RequireAuthorization(Policies.OldPartReaders).WithName(nameof(ListOutstandingOldParts))
            .WithSummary("Old parts not yet booked back in, with the deposit owed for each and its age in days, oldest first; technicianId narrows to one technician's (WO-11)");
    }

    private static async Task<Ok<PagedList<OutstandingOldPart>>> List([AsParameters] ListOutstandingOldParts query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
