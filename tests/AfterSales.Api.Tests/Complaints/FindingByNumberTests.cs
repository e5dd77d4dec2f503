using System.Net;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Complaints;

/// <summary>WO-1 (r2) and API.md's lookup by number: the desk finds what the customer quotes, with the same access as by id.</summary>
public sealed class FindingByNumberTests : ComplaintTest
{
    [Test]
    public async Task WO1_an_order_is_found_by_the_number_the_customer_reads_out()
    {
        var order = await Register();
        var number = order["number"]!.GetValue<string>();
        var dispatcher = await As(Roles.Dispatcher);
        var byId = await dispatcher.GetAsync($"/api/v1/work-orders/{order["id"]}");

        // Read out over the phone and typed as heard: lower case, a stray space.
        var found = await dispatcher.GetAsync($"/api/v1/work-orders/by-number/{Uri.EscapeDataString(" " + number.ToLowerInvariant())}");

        var body = await found.ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(number, Does.Match(@"^WO-2026-\d{6}$"));
            Assert.That(body["id"]!.GetValue<Guid>(), Is.EqualTo(order["id"]!.GetValue<Guid>()));
            Assert.That(found.Headers.ETag, Is.EqualTo(byId.Headers.ETag), "the same resource, the same version");
        });
    }

    [Test]
    public async Task WO1_an_unknown_number_and_another_technicians_order_are_not_found()
    {
        var theirs = await Register();
        var colleague = await HireTechnician("T-0043");
        await Do(theirs, "assign", new { technicianId = IdOf(colleague) });
        var dispatcher = await As(Roles.Dispatcher);
        var me = await AsAssignedTechnician();

        var unknown = await dispatcher.GetAsync("/api/v1/work-orders/by-number/WO-2026-999999");
        var other = await me.GetAsync($"/api/v1/work-orders/by-number/{theirs["number"]}");
        var theirsToThem = await (await AsTechnician(IdOf(colleague))).GetAsync($"/api/v1/work-orders/by-number/{theirs["number"]}");

        await unknown.ShouldBeProblem(HttpStatusCode.NotFound);
        await other.ShouldBeProblem(HttpStatusCode.NotFound);
        await theirsToThem.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task CP1_a_complaint_is_found_by_its_number_with_the_same_access_as_by_id()
    {
        var mine = await RegisterComplaint(technicianId: TechnicianId);
        var colleague = await HireTechnician("T-0043");
        var theirs = await RegisterComplaint(technicianId: IdOf(colleague));
        var manager = await As(Roles.Manager);
        var me = await AsTechnician(TechnicianId);

        var found = await (await manager.GetAsync($"/api/v1/complaints/by-number/{mine["number"]!.GetValue<string>().ToLowerInvariant()}")).ShouldBe(HttpStatusCode.OK);
        var own = await me.GetAsync($"/api/v1/complaints/by-number/{mine["number"]}");
        var other = await me.GetAsync($"/api/v1/complaints/by-number/{theirs["number"]}");
        var unknown = await manager.GetAsync("/api/v1/complaints/by-number/CP-2026-999999");

        Assert.That(found["id"]!.GetValue<Guid>(), Is.EqualTo(IdOf(mine)));
        Assert.That(mine["number"]!.GetValue<string>(), Does.Match(@"^CP-2026-\d{6}$"));
        await own.ShouldBe(HttpStatusCode.OK);
        await other.ShouldBeProblem(HttpStatusCode.NotFound);
        await unknown.ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
