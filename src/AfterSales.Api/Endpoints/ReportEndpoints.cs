using AfterSales.Api.Auth;
using AfterSales.Application.Reports.Daily;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class ReportEndpoints
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");

        reports.MapGet("/daily", Daily).RequireAuthorization(Policies.TeamReports)
            .WithSummary("Daily report (WO-14): per technician with time entries that day (others are omitted) the orders worked and minutes by kind; per team the sums")
            .WithDescription("date (yyyy-MM-dd, required) is a company-local date; a time entry counts on the day its start falls on in the "
                + "company's time zone. Filter by technicianId or by team (the technician's current team).");
    }

    private static async Task<Ok<DailyReport>> Daily([AsParameters] GetDailyReport query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
