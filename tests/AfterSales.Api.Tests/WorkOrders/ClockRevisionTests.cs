using System.Net;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using AfterSales.Infrastructure.WorkOrders;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>WO-6 (r2) the provisional arrival clock, WO-13 (r2) the clocks of a reopened order.</summary>
public sealed class ClockRevisionTests : WorkOrderTest
{
    private static readonly object Survey = new { attitude = 3, skill = 3, punctuality = 3, promiseKeeping = 3 };

    [Test]
    public async Task WO6_an_urban_order_overdue_for_arrival_is_listed_before_a_method_is_chosen()
    {
        // Received Monday 09:00, urban: due on site by 15:00. Assigned and called at once, so only arrival can run late.
        var order = await Register(receivedAt: "2026-11-16T09:00:00+08:00");
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "contact", new { note = "Will call back with a plan" }, Roles.Technician);

        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 15, 1));
        await SweepAsync();
        var overdueList = await ListIds("Overdue");
        var atFirst = await Sla(order, "arrival");

        // Tuesday 09:30: the 12-hour sync grace (to 03:00) has passed too; still overdue, not breached.
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 9, 30));
        await SweepAsync();
        var nextDay = await Sla(order, "arrival");
        var overdueNextDay = await ListIds("Overdue");
        var breachedNextDay = await ListIds("Breached");

        // An on-site visit chosen now is judged at once: 12 hours past its deadline without an arrival (WO-17).
        await Do(order, "plan", new { method = "OnSite" }, Roles.Technician);
        var judged = await Sla(order, "arrival");

        Assert.Multiple(() =>
        {
            Assert.That(overdueList, Does.Contain(IdOf(order)));
            Assert.That((atFirst["state"]!.GetValue<string>(), atFirst["provisional"]!.GetValue<bool>()), Is.EqualTo(("Overdue", true)));
            Assert.That(Instant(atFirst["deadline"]), Is.EqualTo(Shanghai(2026, 11, 16, 15)));
            Assert.That(nextDay["state"]!.GetValue<string>(), Is.EqualTo("Overdue"));
            Assert.That(overdueNextDay, Does.Contain(IdOf(order)));
            Assert.That(breachedNextDay, Does.Not.Contain(IdOf(order)));
            Assert.That((judged["state"]!.GetValue<string>(), judged["provisional"]!.GetValue<bool>()), Is.EqualTo(("Breached", false)));
        });
    }

    [Test]
    public async Task WO6_an_on_site_arrival_by_the_deadline_meets_the_clock_that_was_overdue_before_the_method()
    {
        var order = await Register(receivedAt: "2026-11-16T09:00:00+08:00");
        await Do(order, "assign", new { technicianId = TechnicianId });
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 15, 1));
        await SweepAsync();

        // Worked offline: called at 10:30, chose on site at 11:00, arrived at 14:50; synced at 15:30.
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 15, 30));
        await Do(order, "contact", new { appointmentStart = "2026-11-16T14:30:00+08:00", appointmentEnd = "2026-11-16T16:00:00+08:00", at = "2026-11-16T10:30:00+08:00" }, Roles.Technician);
        await Do(order, "plan", new { method = "OnSite", at = "2026-11-16T11:00:00+08:00" }, Roles.Technician);
        await Do(order, "arrive", new { at = "2026-11-16T14:50:00+08:00" }, Roles.Technician);

        var arrival = await Sla(order, "arrival");
        Assert.Multiple(() =>
        {
            Assert.That(arrival["state"]!.GetValue<string>(), Is.EqualTo("Met"));
            Assert.That(Instant(arrival["stoppedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 14, 50)));
        });
        Assert.That(await ListIds("Overdue"), Does.Not.Contain(IdOf(order)));
    }

    [Test]
    public async Task WO6_choosing_phone_guidance_makes_the_provisional_arrival_clock_not_applicable()
    {
        var order = await Register(receivedAt: "2026-11-16T09:00:00+08:00");
        await Do(order, "assign", new { technicianId = TechnicianId });
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 15, 1));
        await SweepAsync();
        var listed = await ListIds("Overdue");

        await Do(order, "plan", new { method = "PhoneGuidance" }, Roles.Technician);

        var arrival = await Sla(order, "arrival");
        var listedAfter = await ListIds("Overdue");
        Assert.Multiple(() =>
        {
            Assert.That(listed, Does.Contain(IdOf(order)));
            Assert.That((arrival["state"]!.GetValue<string>(), arrival["provisional"]!.GetValue<bool>()), Is.EqualTo(("NotApplicable", false)));
            Assert.That(listedAfter, Does.Not.Contain(IdOf(order)));
        });
    }

    [Test]
    public async Task WO13_a_reopened_order_gets_a_new_resolution_clock_72_hours_from_reopening()
    {
        var order = await ClosedByPhone();
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 20, 9));

        var reopened = await Do(order, "reopen", new { reason = "Vibration is back" });

        var resolutions = await Rounds(order, "resolution");
        Assert.Multiple(() =>
        {
            Assert.That(reopened["status"]!.GetValue<string>(), Is.EqualTo("Assigned"));
            Assert.That(resolutions.Select(clock => (clock["round"]!.GetValue<int>(), clock["state"]!.GetValue<string>())), Is.EqualTo(new[] { (1, "Met"), (2, "Pending") }));
            Assert.That(Instant(resolutions[0]["stoppedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 15)), "the first round stays as it ended");
            Assert.That(Instant(resolutions[1]["startedAt"]), Is.EqualTo(Shanghai(2026, 11, 20, 9)));
            Assert.That(Instant(resolutions[1]["deadline"]), Is.EqualTo(Shanghai(2026, 11, 23, 9)), "72 hours from the reopening");
        });
    }

    [Test]
    public async Task WO13_a_reopened_order_resolved_again_gets_a_new_follow_up_clock()
    {
        var order = await ClosedByPhone();
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 20, 9));
        await Do(order, "reopen", new { reason = "Vibration is back" });
        await Do(order, "contact", new { note = "Called again" }, Roles.Technician);
        await Do(order, "start", null, Roles.Technician);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 20, 14));

        await Do(order, "resolve", new { summary = "Balanced the chuck" }, Roles.Technician);

        var followUps = await Rounds(order, "followUp");
        Assert.Multiple(() =>
        {
            Assert.That(followUps.Select(clock => (clock["round"]!.GetValue<int>(), clock["state"]!.GetValue<string>())), Is.EqualTo(new[] { (1, "Met"), (2, "Pending") }));
            Assert.That(Instant(followUps[1]["startedAt"]), Is.EqualTo(Shanghai(2026, 11, 20, 14)));
            Assert.That(Instant(followUps[1]["deadline"]), Is.EqualTo(Shanghai(2026, 11, 21, 14)), "24 hours from the new resolution");
        });
    }

    /// <summary>Received Monday 10:00, solved by phone at 15:00, followed up satisfied on Tuesday 10:00.</summary>
    private async Task<JsonNode> ClosedByPhone()
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "contact", new { note = "Called" }, Roles.Technician);
        await Do(order, "plan", new { method = "PhoneGuidance" }, Roles.Technician);
        await Do(order, "start", null, Roles.Technician);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 15));
        await Do(order, "resolve", new { summary = "Recalibrated by phone" }, Roles.Technician);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 10));
        return await Do(order, "follow-up", new { satisfied = true, survey = Survey, comments = "Fine" }, Roles.Dispatcher);
    }

    private static Guid IdOf(JsonNode order) => order["id"]!.GetValue<Guid>();

    private static Task<SlaSweepResult> SweepAsync() => Factory.Services.GetRequiredService<SlaSweeper>().SweepOnceAsync(CancellationToken.None);

    private async Task<Guid[]> ListIds(string slaState)
    {
        var page = await (await (await As(Roles.Dispatcher)).GetAsync($"/api/v1/work-orders?slaState={slaState}")).ShouldBe(HttpStatusCode.OK);
        return [.. page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>())];
    }
}
