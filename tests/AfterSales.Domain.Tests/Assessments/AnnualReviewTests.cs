using AfterSales.Domain.Assessments;

namespace AfterSales.Domain.Tests.Assessments;

public sealed class AnnualReviewTests
{
    private static readonly AnnualReview Review = new(promotionMinA: 7, demotionMinC: 6);

    [TestCase(7, 5, 0, new[] { ReviewFlag.PromotionCandidate })]
    [TestCase(6, 6, 0, new ReviewFlag[0])]
    [TestCase(0, 6, 6, new[] { ReviewFlag.DemotionReview })]
    [TestCase(1, 6, 5, new ReviewFlag[0])]
    [TestCase(12, 0, 0, new[] { ReviewFlag.PromotionCandidate })]
    public void AS5_seven_a_make_a_promotion_candidate_and_six_c_a_demotion_review(int a, int b, int c, ReviewFlag[] flags)
    {
        Assert.That(Review.FlagsFor(new GradeCounts(a, b, c)), Is.EqualTo(flags));
    }
}
