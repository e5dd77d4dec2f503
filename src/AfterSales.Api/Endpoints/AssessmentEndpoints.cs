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
using AfterSales.Application.Security;
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

        assessments.MapPost("/", async Task<Created<AssessmentResponse>> (CreateAssessment command, ISender sender, CancellationToken cancellationToken) =>
            {
                var assessment = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/assessments/{assessment.Id}", assessment);
            })
            .RequireAuthorization(Policies.TeamLeadership).WithName(nameof(CreateAssessment))
            .WithSummary("Open a technician's assessment of a month, with its performance part computed (AS-1); one per technician and month; a team lead, for their own team (X-4)")
            .WithDescription(PerformanceDefinitions);
        assessments.MapGet("/{id:guid}", async Task<Ok<AssessmentResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetAssessment(id), cancellationToken)))
            .RequireAuthorization(Policies.AssessmentReaders).WithName(nameof(GetAssessment))
            .WithSummary("A monthly assessment with the inputs behind every number (technicians: their own; team leads: their team's, X-4)")
            .WithDescription(PerformanceDefinitions);
        assessments.MapGet("/", async Task<Ok<PagedList<AssessmentSummary>>> ([AsParameters] ListAssessments query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequireAuthorization(Policies.AssessmentReaders).WithName(nameof(ListAssessments))
            .WithSummary("Assessments by month (yyyy-MM), technician, grade and status, newest month first, as last saved (technicians: their own; team leads: their team's, X-4)");

        assessments.MapPut("/{id:guid}/scores", (Guid id, ScoreAssessment command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { AssessmentId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.AssessmentScoring).WithName(nameof(ScoreAssessment))
            .WithSummary("The team lead's scores: initiative 0-15, coordination 0-10, loyalty 0-15, planning 0-5, execution 0-5, workQuality 0-10 (AS-1, AS-3); their own team's, never their own: a team lead's are the manager's (AS-4)");
        assessments.MapPut("/{id:guid}/self-assessment", (Guid id, RecordSelfAssessment command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { AssessmentId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.SelfAssessment).WithName(nameof(RecordSelfAssessment))
            .WithSummary("The technician's own scores and comment, kept beside the team lead's and not counted (AS-3)");
        assessments.MapPost("/{id:guid}/submit", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new SubmitAssessment { AssessmentId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.AssessmentScoring).WithName(nameof(SubmitAssessment))
            .WithSummary("Submit a scored assessment once its month has ended, by whoever may score it; after day [Assessment:DueDay] of the next month it is marked late (AS-4); the month data freezes");
        assessments.MapPost("/{id:guid}/approve", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new ApproveAssessment { AssessmentId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.AssessmentApproval).WithName(nameof(ApproveAssessment))
            .WithSummary("Approve a submitted assessment; from then on it changes only through amendments (AS-4, AS-6)");
        assessments.MapPost("/{id:guid}/amendments", (Guid id, AmendAssessment command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { AssessmentId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .RequireAuthorization(Policies.AssessmentApproval).WithName(nameof(AmendAssessment))
            .WithSummary("Amend an approved assessment's scores with a reason; the outcome before and after is recorded (AS-6)");
    }
}
