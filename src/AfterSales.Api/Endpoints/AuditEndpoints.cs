using AfterSales.Api.Auth;
using AfterSales.Application.Audit;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class AuditEndpoints
{
    public static void MapAudit(this RouteGroupBuilder api) =>
        api.MapGet("/audit", List)
            .WithTags("Audit")
            .WithName("ListAuditEntries")
            .RequireAuthorization(Policies.AuditReaders)
            .WithSummary("The change history of one aggregate, newest first (X-1)");

    private static async Task<Ok<PagedList<AuditEntryResponse>>> List([AsParameters] ListAuditEntries query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
