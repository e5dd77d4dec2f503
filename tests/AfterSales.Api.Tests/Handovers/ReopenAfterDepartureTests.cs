using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Handovers;

/// <summary>WO-13 (r2): an order reopened after its technician departed never goes back to them.</summary>
public sealed class ReopenAfterDepartureTests : HandoverTest
{
    [Test]
    public async Task WO13_an_order_reopened_after_its_technician_departed_goes_to_the_responsible_technician()
    {
        var dispatcher = await As(Roles.Dispatcher);
        await (await dispatcher.PostAsJsonAsync($"/api/v1/customers/{Customer["id"]}/responsible-technician", new { technicianId = LeaverId })).ShouldBe(HttpStatusCode.OK);
        var order = await ClosedOrderOfLeaver();
        await DepartAsync();
        Factory.Clock.SetUtcNow(Shanghai(2026, 12, 1, 9));

        var reopened = await Do(order, "reopen", new { reason = "Vibration is back" });

        var customer = await Read($"customers/{Customer["id"]}");
        Assert.Multiple(() =>
        {
            Assert.That(customer["responsibleTechnicianId"]!.GetValue<Guid>(), Is.EqualTo(SuccessorId), "the handover put the customer in the successor's care");
            Assert.That(reopened["status"]!.GetValue<string>(), Is.EqualTo("Assigned"));
            Assert.That(reopened["technicianId"]!.GetValue<Guid>(), Is.EqualTo(SuccessorId));
            Assert.That(reopened["assignments"]!.AsArray()[^1]!["reason"]!.GetValue<string>(), Is.EqualTo("WO-13: technician T-0042 has departed"));
        });
    }

    [Test]
    public async Task WO13_an_order_reopened_after_its_technician_departed_goes_to_the_dispatch_queue_when_no_active_responsible_technician()
    {
        // Nobody is responsible for the customer.
        var order = await ClosedOrderOfLeaver();
        await DepartAsync();
        Factory.Clock.SetUtcNow(Shanghai(2026, 12, 1, 9));

        var reopened = await Do(order, "reopen", new { reason = "Vibration is back" });

        var queue = await Read("work-orders/dispatch-queue");
        var dispatch = await Rounds(order, "dispatch");
        Assert.Multiple(() =>
        {
            Assert.That(reopened["status"]!.GetValue<string>(), Is.EqualTo("Registered"));
            Assert.That(reopened["technicianId"], Is.Null);
            Assert.That(queue["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>()), Does.Contain(IdOf(order)));
            Assert.That(dispatch.Select(clock => (clock["round"]!.GetValue<int>(), clock["state"]!.GetValue<string>())), Is.EqualTo(new[] { (1, "Met"), (2, "Pending") }));
            Assert.That(Instant(dispatch[1]["deadline"]), Is.EqualTo(Shanghai(2026, 12, 1, 21)), "12 hours to dispatch it again");
        });
    }

    /// <summary>The leaver's order, solved by phone and closed on Tuesday 2026-11-17.</summary>
    private async Task<JsonNode> ClosedOrderOfLeaver()
    {
        var order = await OrderOfLeaver(started: true);
        await Do(order, "resolve", new { summary = "Fixed by phone" }, Roles.Technician);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 10));
        return await Do(order, "follow-up", new { satisfied = true, survey = new { attitude = 4, skill = 4, punctuality = 4, promiseKeeping = 4 }, comments = "Quick" });
    }

    /// <summary>TE-3: a handover to the successor, every item done and signed, completed.</summary>
    private async Task DepartAsync()
    {
        var checklist = await Start();
        foreach (var item in Items(checklist).ToList())
        {
            checklist = await CompleteItem(checklist, item, item["allowedOutcomes"]![0]!.GetValue<string>());
        }

        await SignOffAll(checklist);
        var completed = await DoOn(checklist, "complete");
        Assert.That(completed["status"]!.GetValue<string>(), Is.EqualTo("Completed"));
    }
}
