using AfterSales.Application.Abstractions;
using AfterSales.Domain.Assessments;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.Assessments.Scoring;

/// <summary>AS-3: the technician's own scores and comment, kept beside the team lead's and never counted.</summary>
public sealed record RecordSelfAssessment(int? Initiative, int? Coordination, int? Loyalty, int? Planning, int? Execution, int? WorkQuality, string? Comment)
    : AssessmentAction, IRubricScores;

public sealed class RecordSelfAssessmentValidator : RubricScoresValidator<RecordSelfAssessment>
{
    public RecordSelfAssessmentValidator() => RuleFor(command => command.Comment).MaximumLength(MonthlyAssessment.CommentMaxLength);
}

public sealed class RecordSelfAssessmentHandler(
    IAfterSalesDbContext db,
    AssessmentAccess access,
    AssessmentCalculator calculator,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : AssessmentActionHandler<RecordSelfAssessment>(db, access, calculator, mapper)
{
    /// <summary>The caller is the technician their token names; a token naming none can be nobody's self-assessment.</summary>
    protected override void Apply(MonthlyAssessment assessment, RecordSelfAssessment command) =>
        assessment.RecordSelfAssessment(user.TechnicianId ?? Guid.Empty, command.ToScores(), command.Comment, clock);
}
