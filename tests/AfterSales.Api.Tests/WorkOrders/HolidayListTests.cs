using System.Net;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>
/// WO-7 counts in working hours, on a holiday list published a year at a time: readiness warns 45 days
/// [Sla:WorkingHours:HolidayWarningDays] before a year that lists no holiday.
/// </summary>
public sealed class HolidayListTests : ApiTest
{
    [Test]
    public async Task WO7_readiness_is_degraded_from_45_days_before_a_year_without_listed_holidays()
    {
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 16, 23, 59, 0, TimeSpan.FromHours(8)));
        var fortySixDaysBefore = await Readiness(Anonymous());
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 17, 0, 0, 0, TimeSpan.FromHours(8)));
        var fortyFiveDaysBefore = await Readiness(Anonymous());

        Assert.Multiple(() =>
        {
            Assert.That(fortySixDaysBefore["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
            Assert.That(fortyFiveDaysBefore["status"]!.GetValue<string>(), Is.EqualTo("Degraded"));
            Assert.That(fortyFiveDaysBefore["checks"]!["database"]!["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
            Assert.That(fortyFiveDaysBefore["checks"]!["holidays"]!["description"]!.GetValue<string>(), Does.StartWith("Sla:WorkingHours:Holidays lists no public holiday in 2027"));
        });
    }

    [Test]
    public async Task WO7_readiness_is_healthy_once_the_coming_year_lists_its_holidays()
    {
        await using var listed = new ApiFactory(new Dictionary<string, string?> { ["Sla:WorkingHours:Holidays:8"] = "2027-01-01" });
        listed.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 20, 10, 0, 0, TimeSpan.FromHours(8)));

        var ready = await Readiness(listed.CreateClient());

        Assert.That(ready["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
    }

    [Test]
    public void WO7_the_api_refuses_to_start_with_an_invalid_holiday_warning() =>
        Assert.That(ApiFactory.StartupFailureWith("Sla:WorkingHours:HolidayWarningDays", "366"), Does.Contain("HolidayWarningDays"));

    private static async Task<JsonNode> Readiness(HttpClient client) => await (await client.GetAsync("/health/ready")).ShouldBe(HttpStatusCode.OK);
}
