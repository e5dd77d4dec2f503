using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Assessments;
using AfterSales.Application.Assessments.Amendments;
using AfterSales.Application.Assessments.Create;
using AfterSales.Application.Assessments.Get;
using AfterSales.Application.Assessments.List;
using AfterSales.Application.Assessments.Scoring;
using AfterSales.Application.Assessments.Workflow;
using AfterSales.Application.Common.Paging;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class AssessmentEndpoints
{
    private const string PerformanceDefinitions =
        "performance.inputs gives each metric's count, outOf, rate, weight and noData (no data scores in full). Work counts for the "
        + "technician the order was assigned to at the time. satisfaction: survey answers of 3 or 4 among all answers in the month's "
        + "follow-ups; resolution: orders resolved in the month ÷ orders assigned in the month (capped at 1); timeliness: contact, plan, "
        + "arrival and resolution clocks met ÷ met or breached in the month (a breach counts in its deadline's month); quality: the "
        + "month's resolutions not reopened within [Assessment:Performance:QualityWindowDays] days. Points are the rate × weight, "
        + "rounded half away from zero. While Draft or Scored the month data is recomputed on every read; submission freezes it.";

    public static void MapAssessments(this RouteGroupBuilder api)
    {
        var assessments = api.MapGroup("/assessments").WithTags("Assessments");

        assessments.MapPost("/", Create).RequireAuthorization(Policies.TeamLeadership).WithName("CreateAssessment")
            .WithSummary("Open a technician's assessment of a month, with its performance part computed (AS-1); one per technician and month")
            .WithDescription(PerformanceDefinitions);
        assessments.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.AssessmentReaders).WithName("GetAssessment")
            .WithSummary("A monthly assessment with the inputs behind every number (technicians: their own)")
            .WithDescription(PerformanceDefinitions);
        assessments.MapGet("/", List).RequireAuthorization(Policies.AssessmentReaders).WithName("ListAssessments")
            .WithSummary("Assessments by month (yyyy-MM), technician, grade and status, newest month first, as last saved (technicians: their own)");

        Action<ScoreAssessment>(assessments, HttpMethods.Put, "scores", Policies.AssessmentScoring,
            "The team lead's scores: initiative 0-15, coordination 0-10, loyalty 0-15, planning 0-5, execution 0-5, workQuality 0-10 (AS-1, AS-3)");
        Action<RecordSelfAssessment>(assessments, HttpMethods.Put, "self-assessment", Policies.SelfAssessment,
            "The technician's own scores and comment, kept beside the team lead's and not counted (AS-3)");
        Action<SubmitAssessment>(assessments, HttpMethods.Post, "submit", Policies.AssessmentScoring,
            "Submit a scored assessment; after day [Assessment:DueDay] of the next month it is marked late (AS-4); the month data freezes");
        Action<ApproveAssessment>(assessments, HttpMethods.Post, "approve", Policies.AssessmentApproval,
            "Approve a submitted assessment; from then on it changes only through amendments (AS-4, AS-6)");
        Action<AmendAssessment>(assessments, HttpMethods.Post, "amendments", Policies.AssessmentApproval,
            "Amend an approved assessment's scores with a reason; the outcome before and after is recorded (AS-6)");
    }

    /// <summary>Every action has the same shape: <c>{method} /assessments/{id}/{action}</c> with a body (none for submit and approve), If-Match honoured, the assessment returned.</summary>
    private static void Action<TAction>(RouteGroupBuilder assessments, string method, string action, string policy, string summary)
        where TAction : AssessmentAction =>
        assessments.MapMethods($"/{{id:guid}}/{action}", [method], async Task<Ok<AssessmentResponse>> (Guid id, TAction? command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(command.OrEmpty().For<TAction>(id, ifMatch.ExpectedVersion), cancellationToken)))
            .RequireAuthorization(policy)
            .WithName(typeof(TAction).Name)
            .WithSummary(summary);

    private static async Task<Created<AssessmentResponse>> Create(CreateAssessment command, ISender sender, CancellationToken cancellationToken)
    {
        var assessment = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/assessments/{assessment.Id}", assessment);
    }

    private static async Task<Ok<AssessmentResponse>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetAssessment(id), cancellationToken));

    private static async Task<Ok<PagedList<AssessmentSummary>>> List([AsParameters] ListAssessments query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
