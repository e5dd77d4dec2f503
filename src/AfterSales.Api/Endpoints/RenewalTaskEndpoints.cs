using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Renewals;
using AfterSales.Application.Renewals.Get;
using AfterSales.Application.Renewals.List;
using AfterSales.Application.Renewals.Outcome;
using AfterSales.Application.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class RenewalTaskEndpoints
{
    public static void MapRenewalTasks(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/renewal-tasks").WithTags("Renewal tasks").RequireAuthorization(Policies.RenewalWork);

        tasks.MapGet("/{id:guid}", async Task<Ok<RenewalTaskResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetRenewalTask(id), cancellationToken)))
            .WithName(nameof(GetRenewalTask)).WithSummary("A contract renewal task (technicians: their own)");
        tasks.MapGet("/", async Task<Ok<PagedList<RenewalTaskSummary>>> ([AsParameters] ListRenewalTasks query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .WithName(nameof(ListRenewalTasks))
            .WithSummary("Contract renewal tasks, soonest-ending contract first, by status and technician; technicians see their own (CU-3)");
        tasks.MapPost("/{id:guid}/outcome", (Guid id, RecordRenewalOutcome command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { RenewalTaskId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .WithName(nameof(RecordRenewalOutcome))
            .WithSummary("Record what came of the renewal visit: Renewed (optionally with the new contract end date, renewedUntil), Declined, or Pending (CU-3)");
    }
}
