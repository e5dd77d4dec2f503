using AfterSales.Domain.Assessments;
using FluentValidation;

namespace AfterSales.Application.Assessments;

/// <summary>AS-1's six scores as a request carries them; nullable so that a missing one is named by the validator.</summary>
public interface IRubricScores
{
    int? Initiative { get; }

    int? Coordination { get; }

    int? Loyalty { get; }

    int? Planning { get; }

    int? Execution { get; }

    int? WorkQuality { get; }
}

/// <summary>The six scores inside another request (an amendment).</summary>
public sealed record RubricScores(int? Initiative, int? Coordination, int? Loyalty, int? Planning, int? Execution, int? WorkQuality) : IRubricScores;

/// <summary>AS-1: every score present and within 0 to its maximum (→ 400 naming the field).</summary>
public abstract class RubricScoresValidator<TScores> : AbstractValidator<TScores>
    where TScores : IRubricScores
{
    protected RubricScoresValidator()
    {
        RuleFor(scores => scores.Initiative).NotNull().InclusiveBetween(0, AssessmentScores.InitiativeMax);
        RuleFor(scores => scores.Coordination).NotNull().InclusiveBetween(0, AssessmentScores.CoordinationMax);
        RuleFor(scores => scores.Loyalty).NotNull().InclusiveBetween(0, AssessmentScores.LoyaltyMax);
        RuleFor(scores => scores.Planning).NotNull().InclusiveBetween(0, AssessmentScores.PlanningMax);
        RuleFor(scores => scores.Execution).NotNull().InclusiveBetween(0, AssessmentScores.ExecutionMax);
        RuleFor(scores => scores.WorkQuality).NotNull().InclusiveBetween(0, AssessmentScores.WorkQualityMax);
    }
}

public sealed class RubricScoresValidator : RubricScoresValidator<RubricScores>;

public static class RubricScoresExtensions
{
    /// <summary>The validated scores as the domain's value.</summary>
    public static AssessmentScores ToScores(this IRubricScores scores) =>
        new(scores.Initiative!.Value, scores.Coordination!.Value, scores.Loyalty!.Value, scores.Planning!.Value, scores.Execution!.Value, scores.WorkQuality!.Value);
}
