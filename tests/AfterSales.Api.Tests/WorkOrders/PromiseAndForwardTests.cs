using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>WO-18's promised resolution time and the Manager's daily list; WO-19's late salesperson forwards.</summary>
public sealed class PromiseAndForwardTests : WorkOrderTest
{
    [Test]
    public async Task WO18_the_promise_is_recorded_by_whoever_talked_to_the_customer_and_a_new_one_replaces_it()
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "promise", new { promisedResolutionAt = "2026-11-17T12:00:00+08:00", note = "Part arrives tomorrow" }, Roles.Dispatcher);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 11));

        var promised = await Do(order, "promise", new { promisedResolutionAt = "2026-11-17T16:00:00+08:00" }, Roles.Technician);

        var promises = promised["promises"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(Instant(promised["promisedResolutionAt"]), Is.EqualTo(Shanghai(2026, 11, 17, 16)));
            Assert.That(promises.Select(promise => Instant(promise!["promisedResolutionAt"])), Is.EqualTo(new[] { Shanghai(2026, 11, 17, 12), Shanghai(2026, 11, 17, 16) }));
            Assert.That(promises[0]!["note"]!.GetValue<string>(), Is.EqualTo("Part arrives tomorrow"));
            Assert.That(Instant(promises[1]!["recordedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 11)));
            Assert.That(promised["allowedActions"]!.AsArray().Select(action => action!.GetValue<string>()), Does.Contain("promise"));
        });
    }

    [Test]
    public async Task WO18_a_promise_in_the_past_is_bad_input_and_a_resolved_order_takes_none()
    {
        var order = await Register();

        var past = await Act(order, "promise", new { promisedResolutionAt = "2026-11-16T09:00:00+08:00" }, Roles.Dispatcher);
        var resolved = await ResolvedByPhone(await Register());
        var late = await Act(resolved, "promise", new { promisedResolutionAt = "2026-11-18T09:00:00+08:00" }, Roles.Dispatcher);

        var problem = await past.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["promisedResolutionAt"], Is.Not.Null);
        await late.ShouldBeProblem(HttpStatusCode.Conflict, "WO-18");
    }

    [Test]
    public async Task WO18_at_17_30_an_order_of_the_day_unresolved_without_a_promise_is_listed_for_the_manager()
    {
        // Monday 2026-11-16: four orders arrive; the working day ends at 17:30.
        var unpromised = await Register();
        var promised = await Register(receivedAt: "2026-11-16T09:30:00+08:00");
        var solved = await ResolvedByPhone(await Register(receivedAt: "2026-11-16T09:45:00+08:00"));
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 17));
        await Do(promised, "promise", new { promisedResolutionAt = "2026-11-17T12:00:00+08:00" }, Roles.Dispatcher);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 18));
        var afterHours = await Register();
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 18, 30));

        var monday = await PromiseList("2026-11-16");

        Assert.That(Rows(monday), Is.EqualTo(new[] { ("NoPromise", IdOf(unpromised)) }), $"not {IdOf(promised)} (promised), {IdOf(solved)} (resolved) nor {IdOf(afterHours)} (Tuesday's)");
    }

    [Test]
    public async Task WO18_an_order_past_its_promise_is_listed_for_the_manager()
    {
        var promised = await Register();
        await Do(promised, "assign", new { technicianId = TechnicianId });
        await Do(promised, "promise", new { promisedResolutionAt = "2026-11-17T12:00:00+08:00" }, Roles.Technician);
        var kept = await Register();
        await Do(kept, "promise", new { promisedResolutionAt = "2026-11-17T12:00:00+08:00" }, Roles.Dispatcher);
        await ResolvedByPhone(kept, Shanghai(2026, 11, 17, 11, 30));
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 17, 30));

        var tuesday = await PromiseList("2026-11-17");
        var monday = await PromiseList("2026-11-16");

        Assert.Multiple(() =>
        {
            Assert.That(Rows(tuesday), Is.EqualTo(new[] { ("PromiseBroken", IdOf(promised)) }), "the kept promise is not listed");
            Assert.That(Instant(tuesday["items"]![0]!["promisedResolutionAt"]), Is.EqualTo(Shanghai(2026, 11, 17, 12)));
            Assert.That(Rows(monday), Is.Empty, "both carried a promise on Monday, due only on Tuesday");
        });
    }

    [TestCase("2026-11-16T08:01:00+08:00", true, TestName = "WO19_an_order_registered_12_hours_and_a_minute_after_the_salesperson_heard_is_forwarded_late")]
    [TestCase("2026-11-16T08:00:00+08:00", false, TestName = "WO19_an_order_registered_12_hours_after_the_salesperson_heard_is_not_late")]
    public async Task WO19_late_salesperson_forwards_are_listed_for_sales(string receivedAt, bool late)
    {
        // The salesperson heard of the fault on Sunday at 20:00.
        var response = await RegisterFromSalesperson(receivedAt, "2026-11-15T20:00:00+08:00");
        var order = await response.ShouldBe(HttpStatusCode.Created);

        var sales = await As(Roles.Sales);
        var list = await (await sales.GetAsync("/api/v1/work-orders/late-forwards?from=2026-11-16T00:00:00%2B08:00")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(order["salespersonForward"]!["late"]!.GetValue<bool>(), Is.EqualTo(late));
            Assert.That(Instant(order["salespersonForward"]!["heardAt"]), Is.EqualTo(Shanghai(2026, 11, 15, 20)));
            Assert.That(list["items"]!.AsArray().Select(item => item!["workOrderId"]!.GetValue<Guid>()), late ? Is.EqualTo(new[] { IdOf(order) }) : Is.Empty);
        });
        if (late)
        {
            Assert.That(list["items"]![0]!["delayHours"]!.GetValue<decimal>(), Is.EqualTo(12.02m));
        }
    }

    [Test]
    public async Task WO19_the_salesperson_channel_needs_when_the_salesperson_heard_and_no_other_channel_takes_it()
    {
        var missing = await RegisterFromSalesperson("2026-11-16T08:00:00+08:00", null);
        var dispatcher = await As(Roles.Dispatcher);
        var byPhone = await dispatcher.PostAsJsonAsync("/api/v1/work-orders", new
        {
            customerId = Customer["id"]!.GetValue<Guid>(),
            equipmentId = EquipmentId,
            problemDescription = "Leaks",
            priority = "Normal",
            channel = "Phone",
            salespersonHeardAt = "2026-11-15T20:00:00+08:00",
        });

        var problems = new[] { await missing.ShouldBeProblem(HttpStatusCode.BadRequest), await byPhone.ShouldBeProblem(HttpStatusCode.BadRequest) };
        Assert.That(problems.Select(problem => problem["errors"]!["salespersonHeardAt"]![0]!.GetValue<string>()), Has.All.StartWith("WO-19"));
    }

    private async Task<HttpResponseMessage> RegisterFromSalesperson(string receivedAt, string? salespersonHeardAt)
    {
        var dispatcher = await As(Roles.Dispatcher);
        return await dispatcher.PostAsJsonAsync("/api/v1/work-orders", new
        {
            customerId = Customer["id"]!.GetValue<Guid>(),
            equipmentId = EquipmentId,
            problemDescription = "Coolant pump leaks",
            priority = "Normal",
            channel = "Salesperson",
            receivedAt,
            salespersonHeardAt,
        });
    }

    /// <summary>Assigned, solved by phone and resolved (at <paramref name="at"/>, default now); the clock is left there.</summary>
    private async Task<JsonNode> ResolvedByPhone(JsonNode order, DateTimeOffset? at = null)
    {
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "contact", new { note = "Called" }, Roles.Technician);
        await Do(order, "plan", new { method = "PhoneGuidance" }, Roles.Technician);
        await Do(order, "start", null, Roles.Technician);
        if (at is { } resolvedAt)
        {
            Factory.Clock.SetUtcNow(resolvedAt);
        }

        return await Do(order, "resolve", new { summary = "Recalibrated by phone" }, Roles.Technician);
    }

    private async Task<JsonNode> PromiseList(string date) =>
        await (await (await As(Roles.Manager)).GetAsync($"/api/v1/work-orders/promise-list?date={date}")).ShouldBe(HttpStatusCode.OK);

    private static (string Reason, Guid Id)[] Rows(JsonNode list) =>
        [.. list["items"]!.AsArray().Select(item => (item!["reason"]!.GetValue<string>(), item["workOrderId"]!.GetValue<Guid>()))];

    private static Guid IdOf(JsonNode order) => order["id"]!.GetValue<Guid>();
}
