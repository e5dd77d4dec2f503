using AfterSales.Api.Auth;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Receivables;
using AfterSales.Application.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class ReceivableEndpoints
{
    public static void MapReceivables(this RouteGroupBuilder api)
    {
        var receivables = api.MapGroup("/receivables").WithTags("Receivables").RequireAuthorization(Policies.ReceivableReaders);

        receivables.MapGet("/", List).WithName("ListReceivables")
            .WithSummary("Unpaid balances of resolved orders, oldest first, by technician; overdue=true lists those for salary deduction next month (WO-12)");
    }

    private static async Task<Ok<PagedList<ReceivableResponse>>> List([AsParameters] ListReceivables query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
