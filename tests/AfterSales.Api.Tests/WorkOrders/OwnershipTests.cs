using System.Net;
using System.Net.Http.Json;
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
}
