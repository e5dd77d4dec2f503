using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Assessments;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.Assessments.Scoring;

/// <summary>
/// AS-1, AS-3: the team lead's scores, counted in the total; they may be given again until submission. AS-4 (r2): by the
/// lead of the technician's team, never their own (a team lead's are the manager's).
/// </summary>
public sealed record ScoreAssessment(int? Initiative, int? Coordination, int? Loyalty, int? Planning, int? Execution, int? WorkQuality)
    : ICommand<AssessmentResponse>, IRubricScores
{
    [JsonIgnore]
    public Guid AssessmentId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ScoreAssessmentValidator : RubricScoresValidator<ScoreAssessment>;

public sealed class ScoreAssessmentHandler(
    IAfterSalesDbContext db,
    AssessmentAccess access,
    AssessmentCalculator calculator,
    IMapper mapper,
    AssessmentPolicy policy,
    TimeProvider clock)
    : ICommandHandler<ScoreAssessment, AssessmentResponse>
{
    public async ValueTask<AssessmentResponse> Handle(ScoreAssessment command, CancellationToken cancellationToken)
    {
        var assessment = await db.MonthlyAssessments.LoadForChangeAsync(command.AssessmentId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        await calculator.RefreshAsync(assessment, cancellationToken);
        assessment.Score(command.ToScores(), await access.AssessorAsync(cancellationToken), policy, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AssessmentResponse>(assessment);
    }
}
