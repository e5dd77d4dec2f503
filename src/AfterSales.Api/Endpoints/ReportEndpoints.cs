using AfterSales.Api.Auth;
using AfterSales.Api.OpenApi;
using AfterSales.Api.Reports;
using AfterSales.Application.Reports.ContactLog;
using AfterSales.Application.Reports.Daily;
using AfterSales.Application.Reports.Grades;
using AfterSales.Application.Reports.ReturnRate;
using AfterSales.Application.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class ReportEndpoints
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");

        reports.MapGet("/daily", Daily).RequireAuthorization(Policies.TeamReports).WithName("GetDailyReport")
            .WithSummary("Daily report (WO-14): per technician with time entries that day (others are omitted) the orders worked and minutes by kind; per team the sums; a team lead's, of their own team (X-4)")
            .WithDescription("date (yyyy-MM-dd, required) is a company-local date; a time entry counts on the day its start falls on in the "
                + "company's time zone. Filter by technicianId or by team (the technician's current team).");

        reports.MapGet("/grades", Grades).RequireAuthorization(Policies.GradeReports).WithName("GetGradeReport")
            .WithSummary("HR grade report (AS-8) of approved assessments: ?month=yyyy-MM per technician, or ?year=yyyy with grade counts and flags (AS-5, CP-7)")
            .WithDescription("Give month or year. ?month= answers MonthlyGradeReport (rows of approved assessments; pending lists those not yet "
                + "approved); ?year= answers AnnualGradeReport (per technician the approved grades counted, the average total of the approved "
                + "months, and flags PromotionCandidate, DemotionReview, ComplaintReview). JSON by default; Accept: text/csv gives CSV "
                + "(UTF-8 with byte-order mark), Accept: " + ReportFormats.Xlsx + " gives XLSX; ?format=json|csv|xlsx overrides Accept.")
            .WithMetadata(new AlternativeResponses([typeof(MonthlyGradeReport), typeof(AnnualGradeReport)], [ReportFormats.Csv, ReportFormats.Xlsx]))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status406NotAcceptable);

        reports.MapGet("/contact-log", ContactLog).RequireAuthorization(Policies.ContactLogReport).WithName("GetContactLogReport")
            .WithSummary("Contact-log report (CU-5): every call or visit logged from ?from= to ?to= (yyyy-MM-dd, at most 366 days) with its five structured fields")
            .WithDescription("?filled= takes comma-separated field names (productQualityFeedback, customerNeeds, competitorNews, creditStanding, "
                + "newProductInterest) and keeps the entries in which all of them are filled. JSON by default; Accept: text/csv gives CSV "
                + "(UTF-8 with byte-order mark), Accept: " + ReportFormats.Xlsx + " gives XLSX; ?format=json|csv|xlsx overrides Accept.")
            .WithMetadata(new AlternativeResponses([typeof(ContactLogReport)], [ReportFormats.Csv, ReportFormats.Xlsx]))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status406NotAcceptable);

        reports.MapGet("/return-rate", ReturnRate).RequireAuthorization(Policies.ReturnRateReport).WithName("GetReturnRateReport")
            .WithSummary("Return rate (RX-4): per product model and delivery month from ?from= to ?to= (yyyy-MM, at most 24 months), items delivered, completed returns among them, and the rate in per cent")
            .WithDescription("A completed return is a request of kind Return that ended Refunded (fully, or partly after negotiation); exchanges "
                + "are not counted. A return counts in its item's delivery month, so each row follows one month's deliveries (returned items "
                + "included); the rate is returned ÷ delivered × 100, rounded half away from zero to 2 places. JSON by default; Accept: text/csv "
                + "gives CSV (UTF-8 with byte-order mark), Accept: " + ReportFormats.Xlsx + " gives XLSX; ?format=json|csv|xlsx overrides Accept.")
            .WithMetadata(new AlternativeResponses([typeof(ReturnRateReport)], [ReportFormats.Csv, ReportFormats.Xlsx]))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
    }

    private static async Task<Ok<DailyReport>> Daily([AsParameters] GetDailyReport query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<IResult> Grades([AsParameters] GetGradeReport query, string? format, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        if (ReportFormats.Choose(format, request) is not { } chosen)
        {
            return NotAcceptable("grade report");
        }

        return await sender.Send(query, cancellationToken) switch
        {
            { Monthly: { } monthly } => Render(monthly, chosen, GradeReportTables.Monthly, monthly.Rows, $"grades-{monthly.Month}"),
            { Annual: { } annual } => Render(annual, chosen, GradeReportTables.Annual, annual.Rows, $"grades-{annual.Year}"),
            _ => throw new InvalidOperationException("A grade report is monthly or annual."),
        };
    }

    private static async Task<IResult> ContactLog([AsParameters] GetContactLogReport query, string? format, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        if (ReportFormats.Choose(format, request) is not { } chosen)
        {
            return NotAcceptable("contact-log report");
        }

        var report = await sender.Send(query, cancellationToken);
        // The name is the sheet's too, and a sheet's name has at most 31 characters.
        return Render(report, chosen, ContactLogTable.Columns, report.Rows, FormattableString.Invariant($"contacts-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}"));
    }

    private static async Task<IResult> ReturnRate([AsParameters] GetReturnRateReport query, string? format, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        if (ReportFormats.Choose(format, request) is not { } chosen)
        {
            return NotAcceptable("return-rate report");
        }

        var report = await sender.Send(query, cancellationToken);
        return Render(report, chosen, ReturnRateTable.Columns, report.Rows, $"return-rate-{report.From}-{report.To}");
    }

    private static ProblemHttpResult NotAcceptable(string report) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status406NotAcceptable,
            title: "Not acceptable.",
            detail: $"The {report} is served as {ReportFormats.Json}, {ReportFormats.Csv} or {ReportFormats.Xlsx}.");

    private static IResult Render<TReport, TRow>(TReport report, ReportFormat format, IReadOnlyList<ReportColumn<TRow>> columns, IReadOnlyList<TRow> rows, string name) =>
        format switch
        {
            ReportFormat.Csv => TypedResults.File(ReportTable.ToCsv(columns, rows), $"{ReportFormats.Csv}; charset=utf-8", $"{name}.csv"),
            ReportFormat.Xlsx => TypedResults.File(ReportTable.ToXlsx(columns, rows, name), ReportFormats.Xlsx, $"{name}.xlsx"),
            _ => TypedResults.Ok(report),
        };
}
