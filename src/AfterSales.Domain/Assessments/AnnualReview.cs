namespace AfterSales.Domain.Assessments;

/// <summary>A technician's approved grades in one calendar year.</summary>
public sealed record GradeCounts(int A, int B, int C);

/// <summary>AS-5 [Assessment:Annual]: 7 or more A make a promotion candidate; 6 or more C call for a demotion review.</summary>
public sealed class AnnualReview(int promotionMinA, int demotionMinC)
{
    public IReadOnlyList<ReviewFlag> FlagsFor(GradeCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var flags = new List<ReviewFlag>();
        if (counts.A >= promotionMinA)
        {
            flags.Add(ReviewFlag.PromotionCandidate);
        }

        if (counts.C >= demotionMinC)
        {
            flags.Add(ReviewFlag.DemotionReview);
        }

        return flags;
    }
}
