using System.ComponentModel.DataAnnotations;
using AfterSales.Domain.Assessments;

namespace AfterSales.Application.Assessments;

/// <summary>[Assessment] — the numbers of AS-1..AS-7 and CP-6. Nested sections are checked at start-up by <see cref="DependencyInjection"/>.</summary>
public sealed class AssessmentOptions
{
    public const string Section = "Assessment";

    /// <summary>CP-6: points a verified complaint deducts in the month it was verified.</summary>
    [Range(0, 100)]
    public int ComplaintDeduction { get; set; } = 15;

    /// <summary>AS-1: points each discipline record (TE-5) of the month deducts.</summary>
    [Range(0, 100)]
    public int DisciplineDeduction { get; set; } = 2;

    /// <summary>AS-4: the assessment of a month is due on this day of the next month, company-local.</summary>
    [Range(1, 28)]
    public int DueDay { get; set; } = 8;

    public GradeOptions Grades { get; set; } = new();

    public PerformanceOptions Performance { get; set; } = new();

    public PayOptions Pay { get; set; } = new();

    public AnnualOptions Annual { get; set; } = new();

    public AssessmentPolicy Policy() => new(
        new PerformanceWeights(Performance.Satisfaction, Performance.Resolution, Performance.Timeliness, Performance.Quality),
        DisciplineDeduction,
        DueDay,
        Grades.A,
        Grades.B,
        Pay.Satisfaction.Select(step => new PayStep(step.Key, step.Value)),
        Pay.Complaints.Select(step => new PayStep(step.Key, step.Value)));

    public AnnualReview AnnualReview() => new(Annual.PromotionMinA, Annual.DemotionMinC);
}

/// <summary>[Assessment:Grades] — AS-2: the lowest total graded A, and B; below B is C.</summary>
public sealed class GradeOptions
{
    public int A { get; set; } = 90;

    public int B { get; set; } = 70;

    internal bool AreValid => B >= 1 && A > B && A <= 100;
}

/// <summary>[Assessment:Performance] — AS-1: the points of each metric (40 together) and the quality metric's reopening window.</summary>
public sealed class PerformanceOptions
{
    public int Satisfaction { get; set; } = 10;

    public int Resolution { get; set; } = 10;

    public int Timeliness { get; set; } = 10;

    public int Quality { get; set; } = 10;

    /// <summary>A resolution reopened within this many days of it did not hold.</summary>
    public int QualityWindowDays { get; set; } = 30;

    public int Total => Satisfaction + Resolution + Timeliness + Quality;

    /// <summary>The rubric is out of 100 with performance as 40 of it, so the grade thresholds keep their meaning.</summary>
    internal bool AreValid =>
        Satisfaction >= 0 && Resolution >= 0 && Timeliness >= 0 && Quality >= 0 && Total == 40 && QualityWindowDays is >= 1 and <= 365;
}

/// <summary>
/// [Assessment:Pay] — AS-7's tables: satisfaction percentage → adjustment, number of verified complaints →
/// adjustment. Configured keys replace or add to these defaults.
/// </summary>
public sealed class PayOptions
{
    public Dictionary<int, int> Satisfaction { get; set; } = new() { [90] = 5, [95] = 10, [100] = 15 };

    public Dictionary<int, int> Complaints { get; set; } = new() { [1] = -5, [2] = -10, [3] = -15 };

    internal bool AreValid =>
        Satisfaction.Keys.All(percent => percent is >= 1 and <= 100)
        && Complaints.Keys.All(count => count >= 1)
        && Satisfaction.Values.Concat(Complaints.Values).All(adjustment => adjustment is >= -100 and <= 100);
}

/// <summary>[Assessment:Annual] — AS-5: A grades for a promotion candidate, C grades for a demotion review, in one calendar year.</summary>
public sealed class AnnualOptions
{
    public int PromotionMinA { get; set; } = 7;

    public int DemotionMinC { get; set; } = 6;

    internal bool AreValid => PromotionMinA is >= 1 and <= 12 && DemotionMinC is >= 1 and <= 12;
}
