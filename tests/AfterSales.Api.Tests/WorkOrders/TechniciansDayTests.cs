using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>WO-21: what a technician needs on site, in one call, and nothing about customers they do not serve.</summary>
public sealed class TechniciansDayTests : WorkOrderTest
{
    [Test]
    public async Task WO21_the_days_call_gives_each_open_order_with_its_customer_and_machine_oldest_first()
    {
        var first = await Register(receivedAt: "2026-11-16T08:30:00+08:00");
        var second = await Register(receivedAt: "2026-11-16T09:15:00+08:00");
        var cancelled = await Register(receivedAt: "2026-11-16T08:00:00+08:00");
        var colleagues = await Register();
        var colleague = await HireTechnician("T-0043");
        foreach (var order in new[] { second, first, cancelled })
        {
            await Do(order, "assign", new { technicianId = TechnicianId });
        }

        await Do(colleagues, "assign", new { technicianId = colleague["id"]!.GetValue<Guid>() });
        await Do(cancelled, "cancel", new { reason = "Customer fixed it themselves" });
        var me = await AsAssignedTechnician();

        var day = await (await me.GetAsync("/api/v1/me/work-orders?status=open")).ShouldBe(HttpStatusCode.OK);

        var items = day["items"]!.AsArray();
        Assert.That(items.Select(o => o!["number"]!.GetValue<string>()), Is.EqualTo(new[] { first["number"]!.GetValue<string>(), second["number"]!.GetValue<string>() }));
        var site = items[0]!["site"]!;
        Assert.Multiple(() =>
        {
            Assert.That(site["customerName"]!.GetValue<string>(), Is.EqualTo("Huadong Precision"));
            Assert.That(site["phone"]!.GetValue<string>(), Is.EqualTo("021-55550001"));
            Assert.That(site["address"]!.GetValue<string>(), Is.EqualTo("100 Zhangjiang Rd"));
            Assert.That(site["zone"]!.GetValue<string>(), Is.EqualTo("Urban"));
            Assert.That(site["equipment"]!["id"]!.GetValue<Guid>(), Is.EqualTo(EquipmentId));
            Assert.That(site["equipment"]!["model"]!.GetValue<string>(), Is.EqualTo("CNC-5000"));
            Assert.That(site["equipment"]!["serialNumber"]!.GetValue<string>(), Is.EqualTo("SN-1"));
            Assert.That(site["equipment"]!["warrantyEndsOn"]!.GetValue<string>(), Is.EqualTo("2027-06-01"));
            Assert.That(site["equipment"]!["contractEndsOn"]!.GetValue<string>(), Is.EqualTo("2028-06-01"));
            // WO-22 in the same representation: an assigned order is contacted and planned next.
            Assert.That(items[0]!["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()), Does.Contain("plan").And.Contain("contact"));
        });
    }

    [Test]
    public async Task WO21_the_days_call_is_refused_to_a_user_with_no_technician_and_to_the_desk()
    {
        var manager = await As(Roles.Manager);
        var dispatcher = await As(Roles.Dispatcher);

        var managersDay = await manager.GetAsync("/api/v1/me/work-orders");
        var desk = await dispatcher.GetAsync("/api/v1/me/work-orders");
        var unknownFilter = await (await AsAssignedTechnician()).GetAsync("/api/v1/me/work-orders?status=someday");

        var problem = await managersDay.ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("not linked to a technician"));
        await desk.ShouldBeProblem(HttpStatusCode.Forbidden);
        await unknownFilter.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task WO21_the_site_is_in_the_orders_own_representation_for_its_technician_while_it_is_open()
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        var me = await AsAssignedTechnician();
        var manager = await As(Roles.Manager);

        var read = await (await me.GetAsync($"/api/v1/work-orders/{order["id"]}")).ShouldBe(HttpStatusCode.OK);
        var planned = await (await me.PostAsJsonAsync($"/api/v1/work-orders/{order["id"]}/plan", new { method = "OnSite" })).ShouldBe(HttpStatusCode.OK);
        var managersView = await (await manager.GetAsync($"/api/v1/work-orders/{order["id"]}")).ShouldBe(HttpStatusCode.OK);
        await Do(order, "cancel", new { reason = "Duplicate of an earlier call" });
        var afterCancel = await (await me.GetAsync($"/api/v1/work-orders/{order["id"]}")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(read["site"]!["customerName"]!.GetValue<string>(), Is.EqualTo("Huadong Precision"));
            Assert.That(planned["site"]!["phone"]!.GetValue<string>(), Is.EqualTo("021-55550001"), "a step's answer is the same representation as the read");
            Assert.That(managersView["site"], Is.Null, "the desk reads the customer card itself");
            Assert.That(afterCancel["site"], Is.Null, "a cancelled order no longer needs the customer's phone");
        });
    }

    [Test]
    public async Task WO21_a_technician_reads_the_card_of_a_customer_they_serve_and_no_other()
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        var other = await RegisterCustomer(new
        {
            name = "Pudong Tooling",
            phone = "021-55550002",
            address = "7 Huaxia Rd",
            zone = "Suburban",
            equipment = new[] { Machine("CNC-3000", "SN-9", "2025-01-01", "2027-01-01") },
        });
        var colleague = await AsTechnician((await HireTechnician("T-0043"))["id"]!.GetValue<Guid>());
        var me = await AsAssignedTechnician();

        var served = await me.GetAsync($"/api/v1/customers/{Customer["id"]}");
        var notServed = await me.GetAsync($"/api/v1/customers/{other["id"]}");
        var colleaguesView = await colleague.GetAsync($"/api/v1/customers/{Customer["id"]}");
        var list = await me.GetAsync("/api/v1/customers");
        await Do(order, "cancel", new { reason = "Customer fixed it themselves" });
        var afterCancel = await me.GetAsync($"/api/v1/customers/{Customer["id"]}");

        var card = await served.ShouldBe(HttpStatusCode.OK);
        Assert.That(card["phone"]!.GetValue<string>(), Is.EqualTo("021-55550001"));
        await notServed.ShouldBeProblem(HttpStatusCode.NotFound);
        await colleaguesView.ShouldBeProblem(HttpStatusCode.NotFound);
        await list.ShouldBeProblem(HttpStatusCode.Forbidden);
        await afterCancel.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task WO21_a_technician_reads_the_card_of_a_customer_in_their_care()
    {
        var dispatcher = await As(Roles.Dispatcher);
        var me = await AsAssignedTechnician();
        var before = await me.GetAsync($"/api/v1/customers/{Customer["id"]}");

        await (await dispatcher.PostAsJsonAsync($"/api/v1/customers/{Customer["id"]}/responsible-technician", new { technicianId = TechnicianId })).ShouldBe(HttpStatusCode.OK);
        var after = await me.GetAsync($"/api/v1/customers/{Customer["id"]}");

        await before.ShouldBeProblem(HttpStatusCode.NotFound);
        await after.ShouldBe(HttpStatusCode.OK);
    }
}
