using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>
/// WO-7 counts in working hours, on a holiday list published a year at a time: readiness warns 45 days
/// [Sla:WorkingHours:HolidayWarningDays] before a year whose calendar (/calendar/{year}, r2) lists no holiday.
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
            Assert.That(fortyFiveDaysBefore["checks"]!["holidays"]!["description"]!.GetValue<string>(), Does.StartWith("The working calendar lists no public holiday in 2027"));
        });
    }

    [Test]
    public async Task WO7_readiness_is_healthy_once_an_admin_lists_the_coming_years_holidays()
    {
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 20, 10, 0, 0, TimeSpan.FromHours(8)));
        var unlisted = await Readiness(Anonymous());

        var admin = await As(Roles.Admin);
        var put = await admin.PutAsJsonAsync("/api/v1/calendar/2027", new { holidays = new[] { "2027-01-01" }, makeUpWorkingDays = Array.Empty<string>() });
        await put.ShouldBe(HttpStatusCode.OK);
        var listed = await Readiness(Anonymous());

        Assert.Multiple(() =>
        {
            Assert.That(unlisted["status"]!.GetValue<string>(), Is.EqualTo("Degraded"));
            Assert.That(listed["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
        });
    }

    [Test]
    public void WO7_the_api_refuses_to_start_with_an_invalid_holiday_warning() =>
        Assert.That(ApiFactory.StartupFailureWith("Sla:WorkingHours:HolidayWarningDays", "366"), Does.Contain("HolidayWarningDays"));

    private static async Task<JsonNode> Readiness(HttpClient client) => await (await client.GetAsync("/health/ready")).ShouldBe(HttpStatusCode.OK);
}
