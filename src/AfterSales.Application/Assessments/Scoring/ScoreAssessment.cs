using AfterSales.Application.Abstractions;
using AfterSales.Domain.Assessments;
using AutoMapper;

namespace AfterSales.Application.Assessments.Scoring;

/// <summary>AS-1, AS-3: the team lead's scores, counted in the total; they may be given again until submission.</summary>
public sealed record ScoreAssessment(int? Initiative, int? Coordination, int? Loyalty, int? Planning, int? Execution, int? WorkQuality)
    : AssessmentAction, IRubricScores;

public sealed class ScoreAssessmentValidator : RubricScoresValidator<ScoreAssessment>;

public sealed class ScoreAssessmentHandler(
    IAfterSalesDbContext db,
    AssessmentAccess access,
    AssessmentCalculator calculator,
    IMapper mapper,
    AssessmentPolicy policy,
    ICurrentUser user,
    TimeProvider clock)
    : AssessmentActionHandler<ScoreAssessment>(db, access, calculator, mapper)
{
    protected override void Apply(MonthlyAssessment assessment, ScoreAssessment command) =>
        assessment.Score(command.ToScores(), user.UserName, policy, clock);
}
