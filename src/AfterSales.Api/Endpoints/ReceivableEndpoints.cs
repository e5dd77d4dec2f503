using AfterSales.Api.Auth;
using AfterSales.Application.Common.Paging;
using AfterSales.Api.Http;
using AfterSales.Application.Receivables;
using AfterSales.Application.Receivables.Deduct;
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
        receivables.MapPost("/{id:guid}/deductions", (Guid id, RecordSalaryDeduction command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { ReceivableId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.Finance).WithName(nameof(RecordSalaryDeduction))
            .WithSummary("Record an amount of an overdue receivable taken from the technician's pay in a salary month; once the customer pays, the total deducted is released within Receivables:ReleaseWorkingDays working days (WO-12 r2)");
    }

    private static async Task<Ok<PagedList<ReceivableResponse>>> List([AsParameters] ListReceivables query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
