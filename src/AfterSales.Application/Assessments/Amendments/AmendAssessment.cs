using AfterSales.Application.Abstractions;
using AfterSales.Domain.Assessments;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.Assessments.Amendments;

/// <summary>AS-6: new scores for an approved assessment, with the reason; the outcome before and after is recorded.</summary>
public sealed record AmendAssessment(string? Reason, RubricScores? Scores) : AssessmentAction;

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
    : AssessmentActionHandler<AmendAssessment>(db, access, calculator, mapper)
{
    protected override void Apply(MonthlyAssessment assessment, AmendAssessment command) =>
        assessment.Amend(command.Reason!, command.Scores!.ToScores(), user.UserName, policy, clock);
}
