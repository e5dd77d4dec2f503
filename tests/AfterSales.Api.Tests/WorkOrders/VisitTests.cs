using System.Net;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>WO-20 (r2): visits moved with their reason, the told-late list, and reconfirmation before a window opens. Monday 2026-11-16, 10:00 in Shanghai.</summary>
public sealed class VisitTests : WorkOrderTest
{
    [Test]
    public async Task WO20_a_moved_visit_keeps_its_reason_and_a_customer_told_late_is_listed_for_the_team_lead()
    {
        var west = (await HireTechnician("T-0051", "West"))["id"]!.GetValue<Guid>();
        var east = await OnSiteVisit(TechnicianId, "2026-11-16T14:00:00+08:00", "2026-11-16T16:00:00+08:00");
        var wests = await OnSiteVisit(west, "2026-11-16T14:00:00+08:00", "2026-11-16T16:00:00+08:00");

        var unexplained = await Act(east, "contact", new { appointmentStart = "2026-11-17T09:00:00+08:00", appointmentEnd = "2026-11-17T11:00:00+08:00" }, Roles.Technician);
        // At 13:00 the customer hears the visit moves to 15:00: an hour before the window opened.
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 13));
        var inTime = await Do(east, "contact", new { appointmentStart = "2026-11-16T15:00:00+08:00", appointmentEnd = "2026-11-16T17:00:00+08:00", moveReason = "Previous job overran" }, Roles.Technician);
        // At 15:10 the 15:00 window has opened, and only now is the customer told of tomorrow morning.
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 15, 10));
        var late = await Do(east, "contact", new { appointmentStart = "2026-11-17T09:00:00+08:00", appointmentEnd = "2026-11-17T11:00:00+08:00", moveReason = "Van broke down" }, Roles.Technician);
        await Do(wests, "contact", new { appointmentStart = "2026-11-17T14:00:00+08:00", appointmentEnd = "2026-11-17T16:00:00+08:00", moveReason = "Sick", customerToldAt = "2026-11-16T14:30:00+08:00" });

        await unexplained.ShouldBeProblem(HttpStatusCode.Conflict, "WO-20");
        var moves = late["visitMoves"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(inTime["visitMoves"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(moves.Select(move => move!["toldLate"]!.GetValue<bool>()), Is.EqualTo(new[] { false, true }));
            Assert.That(Instant(moves[1]!["previousStart"]), Is.EqualTo(Shanghai(2026, 11, 16, 15)));
            Assert.That(Instant(moves[1]!["start"]), Is.EqualTo(Shanghai(2026, 11, 17, 9)));
            Assert.That(moves[1]!["reason"]!.GetValue<string>(), Is.EqualTo("Van broke down"));
            Assert.That(Instant(moves[1]!["customerToldAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 15, 10)));
            Assert.That(Instant(late["appointment"]!["start"]), Is.EqualTo(Shanghai(2026, 11, 17, 9)));
        });

        var day = "from=2026-11-16T00:00:00%2B08:00&to=2026-11-17T00:00:00%2B08:00";
        var forEastsLead = await (await (await AsLeadOf("East")).GetAsync($"/api/v1/work-orders/visits/told-late?{day}")).ShouldBe(HttpStatusCode.OK);
        var forManager = await (await (await As(Roles.Manager)).GetAsync($"/api/v1/work-orders/visits/told-late?{day}")).ShouldBe(HttpStatusCode.OK);
        var dayBefore = await (await (await As(Roles.Manager)).GetAsync("/api/v1/work-orders/visits/told-late?to=2026-11-16T00:00:00%2B08:00")).ShouldBe(HttpStatusCode.OK);
        var row = forEastsLead["items"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(Numbers(forEastsLead), Is.EqualTo(new[] { east["number"]!.GetValue<string>() }));
            Assert.That(row["reason"]!.GetValue<string>(), Is.EqualTo("Van broke down"));
            Assert.That(Instant(row["previousStart"]), Is.EqualTo(Shanghai(2026, 11, 16, 15)));
            Assert.That(Instant(row["customerToldAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 15, 10)));
            Assert.That(Numbers(forManager), Is.EquivalentTo(new[] { east["number"]!.GetValue<string>(), wests["number"]!.GetValue<string>() }));
            Assert.That(dayBefore["items"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task WO20_visits_opening_within_30_minutes_are_due_for_reconfirmation_until_reconfirmed()
    {
        var west = (await HireTechnician("T-0051", "West"))["id"]!.GetValue<Guid>();
        // Now 10:00: opens at 10:20, due; at 11:00, not yet; West's at 10:30, due but not T-0042's.
        var soon = await OnSiteVisit(TechnicianId, "2026-11-16T10:20:00+08:00", "2026-11-16T12:00:00+08:00");
        var later = await OnSiteVisit(TechnicianId, "2026-11-16T11:00:00+08:00", "2026-11-16T12:00:00+08:00");
        var wests = await OnSiteVisit(west, "2026-11-16T10:30:00+08:00", "2026-11-16T12:00:00+08:00");
        var technician = await AsAssignedTechnician();
        var dispatcher = await As(Roles.Dispatcher);

        var mine = await DueAsync(technician);
        var desks = await DueAsync(dispatcher);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 10, 5));
        var reconfirmed = await Do(soon, "reconfirm-visit", null, Roles.Technician);
        var mineAfter = await DueAsync(technician);
        // At 10:31 the 11:00 visit is 29 minutes away; West's has opened.
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 10, 31));
        var desksLater = await DueAsync(dispatcher);

        Assert.Multiple(() =>
        {
            Assert.That(mine, Is.EqualTo(new[] { Number(soon) }));
            Assert.That(desks, Is.EqualTo(new[] { Number(soon), Number(wests) }));
            Assert.That(Instant(reconfirmed["appointment"]!["reconfirmedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 10, 5)));
            Assert.That(mineAfter, Is.Empty);
            Assert.That(desksLater, Is.EqualTo(new[] { Number(later) }));
        });
    }

    [Test]
    public async Task WO20_an_order_without_a_window_has_no_visit_to_reconfirm()
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "contact", new { note = "Talked them through the reset" }, Roles.Technician);

        await (await Act(order, "reconfirm-visit", null, Roles.Technician)).ShouldBeProblem(HttpStatusCode.Conflict, "WO-20");
    }

    /// <summary>An urban order assigned to <paramref name="technicianId"/>, to be visited in the window given.</summary>
    private async Task<JsonNode> OnSiteVisit(Guid technicianId, string start, string end)
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId });
        await Do(order, "plan", new { method = "OnSite" });
        return await Do(order, "contact", new { appointmentStart = start, appointmentEnd = end });
    }

    private static async Task<List<string>> DueAsync(HttpClient client) =>
        [.. Numbers(await (await client.GetAsync("/api/v1/work-orders/visits/due-for-reconfirmation")).ShouldBe(HttpStatusCode.OK))];

    private static IEnumerable<string> Numbers(JsonNode page) => page["items"]!.AsArray().Select(item => item!["number"]!.GetValue<string>());

    private static string Number(JsonNode order) => order["number"]!.GetValue<string>();
}
