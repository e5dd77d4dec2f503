using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

public sealed class OwnershipTests : WorkOrderTest
{
    [Test]
    public async Task X4_a_technician_lists_and_reads_only_their_own_orders()
    {
        var mine = await Register();
        var theirs = await Register();
        var colleague = await HireTechnician("T-0043");
        await Do(mine, "assign", new { technicianId = TechnicianId });
        await Do(theirs, "assign", new { technicianId = colleague["id"]!.GetValue<Guid>() });
        var me = await AsAssignedTechnician();

        var list = await (await me.GetAsync("/api/v1/work-orders")).ShouldBe(HttpStatusCode.OK);
        var own = await me.GetAsync($"/api/v1/work-orders/{mine["id"]}");
        var other = await me.GetAsync($"/api/v1/work-orders/{theirs["id"]}");
        var otherSla = await me.GetAsync($"/api/v1/work-orders/{theirs["id"]}/sla");

        Assert.That(list["items"]!.AsArray().Select(o => o!["id"]!.GetValue<Guid>()), Is.EqualTo(new[] { mine["id"]!.GetValue<Guid>() }));
        Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
        await own.ShouldBe(HttpStatusCode.OK);
        await other.ShouldBeProblem(HttpStatusCode.NotFound);
        await otherSla.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task X4_a_technician_cannot_act_on_another_technicians_order()
    {
        var theirs = await Register();
        var colleague = await HireTechnician("T-0043");
        await Do(theirs, "assign", new { technicianId = colleague["id"]!.GetValue<Guid>() });
        var me = await AsAssignedTechnician();

        var response = await me.PostAsJsonAsync($"/api/v1/work-orders/{theirs["id"]}/plan", new { method = "PhoneGuidance" });

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
        var manager = await As(Roles.Manager);
        var unchanged = await (await manager.GetAsync($"/api/v1/work-orders/{theirs["id"]}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(unchanged["method"], Is.Null);
    }

    [Test]
    public async Task X4_a_technician_cannot_register_or_dispatch_orders()
    {
        var order = await Register();
        var me = await AsAssignedTechnician();

        var register = await me.PostAsJsonAsync("/api/v1/work-orders", new { problemDescription = "x" });
        var assign = await me.PostAsJsonAsync($"/api/v1/work-orders/{order["id"]}/assign", new { technicianId = TechnicianId });

        await register.ShouldBeProblem(HttpStatusCode.Forbidden);
        await assign.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task X4_a_team_lead_sees_unassigned_orders_and_their_own_teams_but_not_another_teams()
    {
        var (unassigned, easts, wests, _) = await OneUnassignedOneEastOneWest();
        var lead = await AsLeadOf("East");

        var list = await (await lead.GetAsync("/api/v1/work-orders")).ShouldBe(HttpStatusCode.OK);
        var other = await lead.GetAsync($"/api/v1/work-orders/{wests["id"]}");
        var otherSla = await lead.GetAsync($"/api/v1/work-orders/{wests["id"]}/sla");
        var cancelOther = await lead.PostAsJsonAsync($"/api/v1/work-orders/{wests["id"]}/cancel", new { reason = "Duplicate" });
        var cancelOwn = await lead.PostAsJsonAsync($"/api/v1/work-orders/{easts["id"]}/cancel", new { reason = "Duplicate" });

        Assert.That(Ids(list), Is.EquivalentTo(new[] { IdOf(unassigned), IdOf(easts) }));
        await other.ShouldBeProblem(HttpStatusCode.NotFound);
        await otherSla.ShouldBeProblem(HttpStatusCode.NotFound);
        await cancelOther.ShouldBeProblem(HttpStatusCode.NotFound);
        await cancelOwn.ShouldBe(HttpStatusCode.OK);
        var untouched = await (await (await As(Roles.Manager)).GetAsync($"/api/v1/work-orders/{wests["id"]}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(untouched["status"]!.GetValue<string>(), Is.EqualTo("Assigned"));
    }

    [Test]
    public async Task X4_a_team_lead_assigns_only_to_their_own_team()
    {
        var (unassigned, easts, _, west) = await OneUnassignedOneEastOneWest();
        var lead = await AsLeadOf("East");

        var toWest = await lead.PostAsJsonAsync($"/api/v1/work-orders/{unassigned["id"]}/assign", new { technicianId = west });
        var reassignToWest = await lead.PostAsJsonAsync($"/api/v1/work-orders/{easts["id"]}/assign", new { technicianId = west, reason = "Closer to the site" });
        var toEast = await lead.PostAsJsonAsync($"/api/v1/work-orders/{unassigned["id"]}/assign", new { technicianId = TechnicianId });

        var refusal = await toWest.ShouldBeProblem(HttpStatusCode.Conflict, "X-4");
        Assert.That(refusal["detail"]!.GetValue<string>(), Does.Contain("the lead of team East cannot assign").And.Contain("of team West"));
        await reassignToWest.ShouldBeProblem(HttpStatusCode.Conflict, "X-4");
        var assigned = await toEast.ShouldBe(HttpStatusCode.OK);
        Assert.That((assigned["technicianId"]!.GetValue<Guid>(), assigned["team"]!.GetValue<string>()), Is.EqualTo((TechnicianId, "East")));
    }

    [Test]
    public async Task X4_a_team_lead_linked_to_no_technician_sees_only_unassigned_orders_and_cannot_assign()
    {
        var (unassigned, easts, _, _) = await OneUnassignedOneEastOneWest();
        var lead = await As(Roles.TeamLead);

        var list = await (await lead.GetAsync("/api/v1/work-orders")).ShouldBe(HttpStatusCode.OK);
        var queue = await (await lead.GetAsync("/api/v1/work-orders/dispatch-queue")).ShouldBe(HttpStatusCode.OK);
        var east = await lead.GetAsync($"/api/v1/work-orders/{easts["id"]}");
        var assign = await lead.PostAsJsonAsync($"/api/v1/work-orders/{unassigned["id"]}/assign", new { technicianId = TechnicianId });

        Assert.That(Ids(list), Is.EqualTo(new[] { IdOf(unassigned) }));
        Assert.That(Ids(queue), Is.EqualTo(new[] { IdOf(unassigned) }));
        await east.ShouldBeProblem(HttpStatusCode.NotFound);
        var refusal = await assign.ShouldBeProblem(HttpStatusCode.Conflict, "X-4");
        Assert.That(refusal["detail"]!.GetValue<string>(), Does.Contain("linked to no technician leads no team"));
    }

    [Test]
    public async Task X4_an_orders_team_is_stored_when_it_is_assigned_and_shown_with_it()
    {
        var (unassigned, easts, wests, west) = await OneUnassignedOneEastOneWest();
        var reassigned = await Do(easts, "assign", new { technicianId = west, reason = "Closer to the site" }, Roles.Dispatcher);

        var list = await (await (await As(Roles.Manager)).GetAsync("/api/v1/work-orders")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(unassigned["team"], Is.Null);
            Assert.That(easts["team"]!.GetValue<string>(), Is.EqualTo("East"));
            Assert.That(reassigned["team"]!.GetValue<string>(), Is.EqualTo("West"));
            Assert.That(
                list["items"]!.AsArray().Select(order => (IdOf(order!), order!["team"]?.GetValue<string>())),
                Is.EquivalentTo(new (Guid, string?)[] { (IdOf(unassigned), null), (IdOf(easts), "West"), (IdOf(wests), "West") }));
        });
    }

    [Test]
    public async Task WO9_a_technician_records_time_only_as_themselves()
    {
        var order = await Register();
        var colleague = await HireTechnician("T-0043");
        await Do(order, "assign", new { technicianId = TechnicianId });

        var recorded = await Do(order, "time-entries", new { technicianId = colleague["id"]!.GetValue<Guid>(), startedAt = "2026-11-16T09:00:00+08:00", minutes = 45, kind = "Admin" }, Roles.Technician);
        var byLead = await Do(order, "time-entries", new { technicianId = colleague["id"]!.GetValue<Guid>(), startedAt = "2026-11-16T09:00:00+08:00", minutes = 30, kind = "Free" }, Roles.TeamLead);

        Assert.That(recorded["timeEntries"]![0]!["technicianId"]!.GetValue<Guid>(), Is.EqualTo(TechnicianId));
        var trail = await (await (await As(Roles.Manager)).GetAsync($"/api/v1/audit?entityId={order["id"]}&pageSize=100")).ReadJson();
        Assert.That(
            trail["items"]!.AsArray().SelectMany(e => e!["changes"]!.AsArray()).Count(c => c!["entityType"]!.GetValue<string>() == "TimeEntry"),
            Is.EqualTo(2),
            "X-1: a time entry is filed under its order");
        Assert.That(byLead["timeEntries"]![1]!["technicianId"]!.GetValue<Guid>(), Is.EqualTo(colleague["id"]!.GetValue<Guid>()));
    }

    [Test]
    public async Task X2_work_order_actions_honour_if_match()
    {
        var order = await Register();
        var manager = await As(Roles.Manager);
        var etag = (await manager.GetAsync($"/api/v1/work-orders/{order["id"]}")).Headers.ETag!.Tag;
        await Do(order, "assign", new { technicianId = TechnicianId });
        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/work-orders/{order["id"]}/cancel") { Content = JsonContent.Create(new { reason = "Duplicate" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);

        var response = await manager.SendAsync(stale);

        await response.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
    }

    private static Guid IdOf(JsonNode node) => node["id"]!.GetValue<Guid>();

    private static IEnumerable<Guid> Ids(JsonNode list) => list["items"]!.AsArray().Select(item => IdOf(item!));

    /// <summary>
    /// T-0051 of team West, and three orders as the desk leaves them: one waiting in the queue, one assigned to T-0042
    /// (East), one to T-0051.
    /// </summary>
    private async Task<(JsonNode Unassigned, JsonNode Easts, JsonNode Wests, Guid West)> OneUnassignedOneEastOneWest()
    {
        var west = IdOf(await HireTechnician("T-0051", "West"));
        var unassigned = await Register();
        var easts = await Do(await Register(), "assign", new { technicianId = TechnicianId }, Roles.Dispatcher);
        var wests = await Do(await Register(), "assign", new { technicianId = west }, Roles.Dispatcher);
        return (unassigned, easts, wests, west);
    }
}
