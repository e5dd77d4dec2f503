using AfterSales.Api.Auth;
using AfterSales.Application.Security;
using AfterSales.Application.WorkOrders.Changes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

/// <summary>The field app's offline copy: what changed in the signed-in technician's work since the last sync.</summary>
internal static class ChangeFeedEndpoints
{
    public static void MapChangeFeed(this RouteGroupBuilder api) =>
        api.MapGet("/me/changes", async Task<Ok<ChangesResponse>> ([AsParameters] GetChanges query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .WithTags("Me")
            .RequireAuthorization(Policies.FieldWork)
            .WithName(nameof(GetChanges))
            .WithSummary("The signed-in technician's changed orders and tombstones since the token given (X-8); without one, all their open orders. Ask again with nextToken");
}
