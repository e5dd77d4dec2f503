using AfterSales.Api.Tests.Infrastructure;

namespace AfterSales.Api.Tests.Assessments;

public sealed class AssessmentSettingsTests
{
    [TestCase("Assessment:ComplaintDeduction", "-1", "ComplaintDeduction")]
    [TestCase("Assessment:DueDay", "29", "DueDay")]
    [TestCase("Assessment:Grades:B", "90", "Assessment:Grades")]
    [TestCase("Assessment:Performance:Quality", "20", "Assessment:Performance")]
    [TestCase("Assessment:Performance:QualityWindowDays", "0", "Assessment:Performance")]
    [TestCase("Assessment:Pay:Satisfaction:101", "20", "Assessment:Pay")]
    [TestCase("Assessment:Pay:Complaints:0", "-5", "Assessment:Pay")]
    [TestCase("Assessment:Annual:PromotionMinA", "13", "Assessment:Annual")]
    public void AS1_the_api_refuses_to_start_with_an_invalid_assessment_setting(string key, string value, string named) =>
        Assert.That(ApiFactory.StartupFailureWith(key, value), Does.Contain(named));
}
