using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Api.Tests.WorkOrders;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AfterSales.Api.Tests.Calendar;

/// <summary>
/// WO-7 (r2): the holidays and make-up working days are data, seeded with the State Council's 2026 schedule and kept
/// per year by an Admin through /calendar/{year}; a change counts for every deadline computed after it, without a restart.
/// </summary>
public sealed class WorkingCalendarTests : WorkOrderTest
{
    private static readonly string[] NoDays = [];

    [Test]
    public async Task WO7_an_urban_order_received_friday_2026_02_13_1600_is_due_saturday_0214_1300()
    {
        // 1.5 h on Friday, then 4.5 h from 08:30 on Saturday 14 February, a make-up working day of the seeded schedule.
        Factory.Clock.SetUtcNow(Shanghai(2026, 2, 13, 16, 5));

        var order = await Register(receivedAt: "2026-02-13T16:00:00+08:00");

        Assert.That(Instant((await Sla(order, "arrival"))["deadline"]), Is.EqualTo(Shanghai(2026, 2, 14, 13)));
    }

    [Test]
    public async Task WO7_an_urban_order_received_saturday_2026_02_14_1600_is_due_tuesday_0224_1300()
    {
        // 1.5 h on the make-up Saturday, nothing in the nine-day Spring Festival 15..23 February, 4.5 h on Tuesday 24.
        Factory.Clock.SetUtcNow(Shanghai(2026, 2, 14, 16, 5));

        var order = await Register(receivedAt: "2026-02-14T16:00:00+08:00");

        Assert.That(Instant((await Sla(order, "arrival"))["deadline"]), Is.EqualTo(Shanghai(2026, 2, 24, 13)));
    }

    [Test]
    public async Task WO7_a_new_database_starts_with_the_state_councils_2026_schedule()
    {
        var technician = await As(Roles.Technician);

        var read = await technician.GetAsync("/api/v1/calendar/2026");
        var calendar = await read.ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(read.Headers.ETag, Is.Not.Null, "X-2: a single resource carries its version");
            Assert.That(Dates(calendar["holidays"]), Has.Length.EqualTo(33));
            Assert.That(Dates(calendar["holidays"]), Is.Ordered);
            Assert.That(Dates(calendar["holidays"]), Does.Contain("2026-02-15").And.Contain("2026-02-23").And.Contain("2026-09-25").And.Contain("2026-10-07"));
            Assert.That(Dates(calendar["makeUpWorkingDays"]), Is.EqualTo(new[] { "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10" }));
        });
    }

    [Test]
    public async Task WO7_a_year_not_listed_yet_reads_as_empty_at_version_0()
    {
        var read = await (await As(Roles.Dispatcher)).GetAsync("/api/v1/calendar/2027");
        var calendar = await read.ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(Dates(calendar["holidays"]), Is.Empty);
            Assert.That(Dates(calendar["makeUpWorkingDays"]), Is.Empty);
            Assert.That(read.Headers.ETag!.Tag, Is.EqualTo("\"0\""));
        });
    }

    [Test]
    public async Task WO7_a_holiday_added_through_the_api_moves_a_deadline_computed_after_it()
    {
        // A second instance on the same database, already counting with the old calendar: it hears of the change by NOTIFY.
        await using var second = new ApiFactory();
        var secondCalendars = second.Services.GetRequiredService<IWorkingCalendars>();
        Assert.That(secondCalendars.Current.IsWorkingDay(new DateOnly(2026, 11, 23)), Is.True);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 20, 16, 5));
        var before = await Register(receivedAt: "2026-11-20T16:00:00+08:00");

        // Monday 23 November becomes a holiday.
        var admin = await As(Roles.Admin);
        var read = await admin.GetAsync("/api/v1/calendar/2026");
        var calendar = await read.ShouldBe(HttpStatusCode.OK);
        var put = await Put(admin, 2026, [.. Dates(calendar["holidays"]), "2026-11-23"], Dates(calendar["makeUpWorkingDays"]), read.Headers.ETag!.Tag);
        await put.ShouldBe(HttpStatusCode.OK);
        var after = await Register(receivedAt: "2026-11-20T16:00:00+08:00");
        var seenBySecond = await Eventually(() => !secondCalendars.Current.IsWorkingDay(new DateOnly(2026, 11, 23)));
        var beforeDeadline = Instant((await Sla(before, "arrival"))["deadline"]);
        var afterDeadline = Instant((await Sla(after, "arrival"))["deadline"]);

        Assert.Multiple(() =>
        {
            Assert.That(beforeDeadline, Is.EqualTo(Shanghai(2026, 11, 23, 13)), "computed before the change, it stays");
            Assert.That(afterDeadline, Is.EqualTo(Shanghai(2026, 11, 24, 13)), "1.5 h Friday, Monday off, 4.5 h Tuesday");
            Assert.That(put.Headers.ETag!.Tag, Is.Not.EqualTo(read.Headers.ETag!.Tag), "a new version");
            Assert.That(seenBySecond, Is.True, "the second instance rereads the calendar without a restart");
        });
    }

    [Test]
    public async Task IQ1_a_holiday_added_through_the_api_moves_an_inquirys_first_response_deadline()
    {
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 20, 17, 15));
        var before = await RegisterPhoneInquiry();

        // Monday 23 November becomes a holiday.
        var admin = await As(Roles.Admin);
        var read = await admin.GetAsync("/api/v1/calendar/2026");
        var calendar = await read.ShouldBe(HttpStatusCode.OK);
        await (await Put(admin, 2026, [.. Dates(calendar["holidays"]), "2026-11-23"], Dates(calendar["makeUpWorkingDays"]), read.Headers.ETag!.Tag)).ShouldBe(HttpStatusCode.OK);
        var after = await RegisterPhoneInquiry();

        Assert.Multiple(() =>
        {
            Assert.That(Instant(before["firstResponse"]!["deadline"]), Is.EqualTo(Shanghai(2026, 11, 23, 8, 45)), "15 working minutes on Friday, 15 on Monday");
            Assert.That(Instant(after["firstResponse"]!["deadline"]), Is.EqualTo(Shanghai(2026, 11, 24, 8, 45)), "Monday off: 15 on Friday, 15 on Tuesday");
        });
    }

    [Test]
    public async Task WO7_a_new_year_is_listed_with_if_match_0_and_a_stale_version_is_refused_412()
    {
        var admin = await As(Roles.Admin);

        var listed = await Put(admin, 2027, ["2027-01-01"], NoDays, "\"0\"");
        var listedHolidays = Dates((await listed.ShouldBe(HttpStatusCode.OK))["holidays"]);
        await (await Put(admin, 2027, ["2027-01-01", "2027-02-06"], NoDays, "\"0\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        var kept = await (await admin.GetAsync("/api/v1/calendar/2027")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(listedHolidays, Is.EqualTo(new[] { "2027-01-01" }));
            Assert.That(Dates(kept["holidays"]), Is.EqualTo(new[] { "2027-01-01" }), "the stale write changed nothing");
        });
    }

    [TestCase("2026-12-31", "2027-01-09", "holidays[0]", TestName = "WO7_a_date_outside_the_year_is_refused_400")]
    [TestCase("2027-01-01", "2027-01-08", "makeUpWorkingDays[0]", TestName = "WO7_a_make_up_day_on_a_weekday_is_refused_400")]
    [TestCase("2027-01-09", "2027-01-09", "makeUpWorkingDays[0]", TestName = "WO7_a_day_both_holiday_and_make_up_day_is_refused_400")]
    public async Task WO7_an_invalid_calendar_is_refused_naming_the_field_and_nothing_changes(string holiday, string makeUpDay, string field)
    {
        var admin = await As(Roles.Admin);

        var problem = await (await Put(admin, 2027, [holiday], [makeUpDay])).ShouldBeProblem(HttpStatusCode.BadRequest);
        var calendar = await (await admin.GetAsync("/api/v1/calendar/2027")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
            Assert.That(Dates(calendar["holidays"]), Is.Empty);
        });
    }

    [Test]
    public async Task WO7_a_duplicate_day_and_a_year_out_of_range_are_refused_400()
    {
        var admin = await As(Roles.Admin);

        var duplicate = await (await Put(admin, 2027, ["2027-01-01", "2027-01-01"], NoDays)).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await Put(admin, 1999, NoDays, NoDays)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(duplicate["errors"]!["holidays[1]"], Is.Not.Null);
    }

    [Test]
    public async Task WO7_only_an_admin_changes_the_calendar()
    {
        foreach (var role in Roles.All.Where(role => role != Roles.Admin))
        {
            var response = await Put(await As(role), 2027, ["2027-01-01"], NoDays);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), role);
        }

        await (await Put(await As(Roles.Admin), 2027, ["2027-01-01"], NoDays)).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task WO7_a_calendar_change_is_audited_with_who_and_what_changed()
    {
        var admin = await As(Roles.Admin);
        await (await Put(admin, 2027, ["2027-01-01"], NoDays)).ShouldBe(HttpStatusCode.OK);
        await (await Put(admin, 2027, ["2027-01-01", "2027-02-06"], NoDays)).ShouldBe(HttpStatusCode.OK);

        var trail = await (await admin.GetAsync($"/api/v1/audit?entityId={await CalendarYearId(2027)}")).ShouldBe(HttpStatusCode.OK);
        var entries = trail["items"]!.AsArray();
        var latest = entries[0]!;
        var added = latest["changes"]!.AsArray().Single(change => change!["entityType"]!.GetValue<string>() == "CalendarDay")!;

        Assert.Multiple(() =>
        {
            Assert.That(entries, Has.Count.EqualTo(2));
            Assert.That(latest["command"]!.GetValue<string>(), Is.EqualTo("ReplaceCalendarYear"));
            Assert.That(latest["changedBy"]!.GetValue<string>(), Is.EqualTo("admin.user"));
            Assert.That(added["action"]!.GetValue<string>(), Is.EqualTo("Added"));
            Assert.That(added["properties"]!["date"]!["new"]!.GetValue<string>(), Is.EqualTo("2027-02-06"));
            Assert.That(added["properties"]!["kind"]!["new"]!.GetValue<string>(), Is.EqualTo("Holiday"));
        });
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, int year, string[] holidays, string[] makeUpWorkingDays, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/calendar/{year}") { Content = JsonContent.Create(new { holidays, makeUpWorkingDays }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    private async Task<JsonNode> RegisterPhoneInquiry() =>
        await (await (await As(Roles.Dispatcher)).PostAsJsonAsync("/api/v1/inquiries", new
        {
            channel = "Phone",
            customerId = Customer["id"]!.GetValue<Guid>(),
            question = "Is the spindle for the CNC-5000 in stock?",
            kind = "Price",
            promisedReplyBy = Factory.Clock.GetUtcNow().AddDays(1),
        })).ShouldBe(HttpStatusCode.Created);

    private static string[] Dates(JsonNode? days) => [.. days!.AsArray().Select(day => day!.GetValue<string>())];

    private static async Task<Guid> CalendarYearId(int year)
    {
        await using var connection = new NpgsqlConnection(ApiFactory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM aftersales.calendar_years WHERE year = @year", connection);
        command.Parameters.AddWithValue("year", year);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A notification crosses to another instance asynchronously: wait for it, a few seconds at most.</summary>
    private static async Task<bool> Eventually(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 100 && !condition(); attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        return condition();
    }
}
