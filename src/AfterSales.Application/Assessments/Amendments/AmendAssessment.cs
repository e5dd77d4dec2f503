using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Assessments;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Assessments.Amendments;

/// <summary>AS-6: new scores for an approved assessment, with the reason; the outcome before and after is recorded.</summary>
public sealed record AmendAssessment(string? Reason, RubricScores? Scores) : ICommand<AssessmentResponse>
{
    [JsonIgnore]
    public Guid AssessmentId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class AmendAssessmentValidator : AbstractValidator<AmendAssessment>
{
    public AmendAssessmentValidator()
    {
        RuleFor(command => command.Reason).NotEmpty().MaximumLength(MonthlyAssessment.ReasonMaxLength);
        RuleFor(command => command.Scores).NotNull().SetValidator(new RubricScoresValidator()!);
    }
}

public sealed class AmendAssessmentHandler(
    IAfterSalesDbContext db,
    AssessmentAccess access,
    AssessmentCalculator calculator,
    IMapper mapper,
    AssessmentPolicy policy,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<AmendAssessment, AssessmentResponse>
{
    public async ValueTask<AssessmentResponse> Handle(AmendAssessment command, CancellationToken cancellationToken)
    {
        var assessment = await db.MonthlyAssessments.LoadForChangeAsync(command.AssessmentId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        await calculator.RefreshAsync(assessment, cancellationToken);
        assessment.Amend(command.Reason!, command.Scores!.ToScores(), user.UserName, policy, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AssessmentResponse>(assessment);
    }
}
