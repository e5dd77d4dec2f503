using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Assessments;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Assessments.Scoring;

/// <summary>AS-3: the technician's own scores and comment, kept beside the team lead's and never counted.</summary>
public sealed record RecordSelfAssessment(int? Initiative, int? Coordination, int? Loyalty, int? Planning, int? Execution, int? WorkQuality, string? Comment)
    : ICommand<AssessmentResponse>, IRubricScores
{
    [JsonIgnore]
    public Guid AssessmentId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

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
    : ICommandHandler<RecordSelfAssessment, AssessmentResponse>
{
    public async ValueTask<AssessmentResponse> Handle(RecordSelfAssessment command, CancellationToken cancellationToken)
    {
        var assessment = await db.MonthlyAssessments.LoadForChangeAsync(command.AssessmentId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        await calculator.RefreshAsync(assessment, cancellationToken);
        // The caller is the technician their token names; a token naming none can be nobody's self-assessment.
        assessment.RecordSelfAssessment(user.TechnicianId ?? Guid.Empty, command.ToScores(), command.Comment, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AssessmentResponse>(assessment);
    }
}
