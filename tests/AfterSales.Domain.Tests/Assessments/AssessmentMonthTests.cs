using AfterSales.Domain.Assessments;

namespace AfterSales.Domain.Tests.Assessments;

public sealed class AssessmentMonthTests
{
    [Test]
    public void AS1_a_month_is_written_year_dash_month()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AssessmentMonth.TryParse("2026-10", out var october), Is.True);
            Assert.That(october, Is.EqualTo(AssessmentMonth.Of(2026, 10)));
            Assert.That(october.ToString(), Is.EqualTo("2026-10"));
            Assert.That((october.FirstDay, october.LastDay), Is.EqualTo((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31))));
            Assert.That(october.Next(), Is.EqualTo(AssessmentMonth.Of(2026, 11)));
            Assert.That(AssessmentMonth.Of(2026, 12).Next(), Is.EqualTo(AssessmentMonth.Of(2027, 1)));
        });
    }

    [TestCase("2026-13")]
    [TestCase("2026-1")]
    [TestCase("26-10")]
    [TestCase("2026/10")]
    [TestCase("2026-10-01")]
    [TestCase("")]
    [TestCase(null)]
    public void AS1_anything_else_is_not_a_month(string? text)
    {
        Assert.That(AssessmentMonth.TryParse(text, out _), Is.False);
    }

    [Test]
    public void AS1_months_order_by_year_then_month()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AssessmentMonth.Of(2025, 12) < AssessmentMonth.Of(2026, 1), Is.True);
            Assert.That(AssessmentMonth.Of(2026, 2) >= AssessmentMonth.Of(2026, 2), Is.True);
            Assert.That(AssessmentMonth.Of(2026, 3) > AssessmentMonth.Of(2026, 11), Is.False);
        });
    }
}
