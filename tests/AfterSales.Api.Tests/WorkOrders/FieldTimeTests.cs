using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using AfterSales.Infrastructure.WorkOrders;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>
/// WO-16 field times, WO-17 overdue before breached, and a technician's offline queue replayed hours later.
/// Every order is received Monday 2026-11-16 10:00 in Shanghai and assigned at once: contact is due 22:00 (12 h), plan
/// Tuesday 10:00 (24 h), an urban arrival 16:00 (6 working hours), resolution Thursday 10:00 (72 h); a field clock
/// overdue without its step is breached 12 hours after its deadline.
/// </summary>
public sealed class FieldTimeTests : WorkOrderTest
{
    [Test]
    public async Task WO16_a_step_more_than_5_minutes_ahead_of_the_server_is_refused_naming_at()
    {
        var order = await Assigned();

        var refused = await Act(order, "contact", new { note = "Called", at = Shanghai(2026, 11, 16, 10, 6) }, Roles.Technician);
        var unchanged = await Get(order);
        var accepted = await Do(order, "contact", new { note = "Called", at = Shanghai(2026, 11, 16, 10, 5) }, Roles.Technician);

        var problem = await refused.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Multiple(() =>
        {
            Assert.That(problem["errors"]!["at"]![0]!.GetValue<string>(), Does.StartWith("WO-16"));
            Assert.That(unchanged["status"]!.GetValue<string>(), Is.EqualTo("Assigned"));
            Assert.That(unchanged["fieldSteps"]!.AsArray(), Is.Empty);
            Assert.That(accepted["status"]!.GetValue<string>(), Is.EqualTo("Scheduled"), "five minutes ahead is the phone's allowed skew");
        });
    }

    [Test]
    public async Task WO16_a_step_before_the_previous_step_is_refused_naming_at()
    {
        var order = await Assigned();
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 11));
        await Do(order, "contact", new { note = "Called", at = Shanghai(2026, 11, 16, 10, 30) }, Roles.Technician);

        var refused = await Act(order, "plan", new { method = "PhoneGuidance", at = Shanghai(2026, 11, 16, 10, 20) }, Roles.Technician);

        var problem = await refused.ShouldBeProblem(HttpStatusCode.BadRequest);
        var unchanged = await Get(order);
        Assert.Multiple(() =>
        {
            Assert.That(problem["errors"]!["at"]![0]!.GetValue<string>(), Does.StartWith("WO-16"));
            Assert.That(unchanged["method"], Is.Null);
            Assert.That(unchanged["fieldSteps"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task WO17_the_sweeper_marks_a_field_clock_overdue_then_breached_12_hours_on_and_an_office_clock_breached_at_once()
    {
        // Both due 22:00: the unassigned order's dispatch clock (the office's) and the assigned order's contact clock (the field's).
        var unassigned = await Register();
        var assigned = await Assigned();
        var manager = await As(Roles.Manager);

        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 22, 1));
        await Sweep();
        var dispatchAt2201 = await Sla(unassigned, "dispatch");
        var contactAt2201 = await Sla(assigned, "contact");
        var overdueList = await (await manager.GetAsync("/api/v1/work-orders?slaState=Overdue")).ShouldBe(HttpStatusCode.OK);
        var breachedList = await (await manager.GetAsync("/api/v1/work-orders?slaState=Breached")).ShouldBe(HttpStatusCode.OK);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 10));
        await Sweep();
        var contactAt1000 = await Sla(assigned, "contact");
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 10, 1));
        await Sweep();
        var contactAt1001 = await Sla(assigned, "contact");

        Assert.Multiple(() =>
        {
            Assert.That(dispatchAt2201["state"]!.GetValue<string>(), Is.EqualTo("Breached"));
            Assert.That(contactAt2201["state"]!.GetValue<string>(), Is.EqualTo("Overdue"));
            Assert.That(Ids(overdueList), Is.EqualTo(new[] { Id(assigned) }));
            Assert.That(Ids(breachedList), Is.EqualTo(new[] { Id(unassigned) }));
            Assert.That(contactAt1000["state"]!.GetValue<string>(), Is.EqualTo("Overdue"), "22:00 plus 12 hours is 10:00 Tuesday: not yet past");
            Assert.That(contactAt1001["state"]!.GetValue<string>(), Is.EqualTo("Breached"));
        });
    }

    [Test]
    public async Task WO17_field_clock_met_when_synced_late()
    {
        // The technician worked offline all afternoon and synced at 23:00. The sweeper found contact overdue at 22:05;
        // choosing on site at 23:00 finds arrival (due 16:00) overdue too. Both are met, by their field times.
        var order = await Assigned();
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 22, 5));
        await Sweep();
        var contactBeforeSync = await Sla(order, "contact");
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 23));
        // Back online, the phone first uploads the customer's signature, then replays the queue.
        var signature = await (await AsAssignedTechnician()).UploadAsync(SampleFiles.Png(256), "signature.png");
        var queue = OnSiteDay(order, signature);

        var landed = await Replay(queue);
        var after = await Get(order);
        var clocks = await Clocks(order);
        var again = await Replay(queue);
        var afterAgain = await Get(order);

        Assert.Multiple(() =>
        {
            Assert.That(contactBeforeSync["state"]!.GetValue<string>(), Is.EqualTo("Overdue"));
            Assert.That(landed.Select(response => response.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(clocks["contact"], Is.EqualTo(Met(Shanghai(2026, 11, 16, 10, 30))));
            Assert.That(clocks["plan"], Is.EqualTo(Met(Shanghai(2026, 11, 16, 10, 35))));
            Assert.That(clocks["arrival"], Is.EqualTo(Met(Shanghai(2026, 11, 16, 14, 10))));
            Assert.That(clocks["resolution"], Is.EqualTo(Met(Shanghai(2026, 11, 16, 16, 30))));
            Assert.That(Instant(after["resolvedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 16, 30)));
            Assert.That(
                after["fieldSteps"]!.AsArray().Select(step => (step!["step"]!.GetValue<string>(), Instant(step["at"]), Instant(step["receivedAt"]))),
                Is.EqualTo(new[]
                {
                    ("Contact", Shanghai(2026, 11, 16, 10, 30), Shanghai(2026, 11, 16, 23)),
                    ("Plan", Shanghai(2026, 11, 16, 10, 35), Shanghai(2026, 11, 16, 23)),
                    ("Arrival", Shanghai(2026, 11, 16, 14, 10), Shanghai(2026, 11, 16, 23)),
                    ("Start", Shanghai(2026, 11, 16, 14, 15), Shanghai(2026, 11, 16, 23)),
                    ("TimeEntry", Shanghai(2026, 11, 16, 16, 20), Shanghai(2026, 11, 16, 23)),
                    ("Resolve", Shanghai(2026, 11, 16, 16, 30), Shanghai(2026, 11, 16, 23)),
                }));

            // the same queue sent again is answered from the stored responses and changes nothing.
            Assert.That(again.Select(response => response.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(again.Select(response => response.Headers.Contains("Idempotent-Replayed")), Is.All.True);
            Assert.That(afterAgain["version"]!.GetValue<uint>(), Is.EqualTo(after["version"]!.GetValue<uint>()));
            Assert.That(afterAgain["fieldSteps"]!.AsArray(), Has.Count.EqualTo(6));
            Assert.That(afterAgain["timeEntries"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task WO16_a_replayed_queue_lands_around_the_steps_now_refused_each_clearly()
    {
        // Offline from 10:00, the technician works three orders. Meanwhile, at 12:00, one is reassigned to a colleague
        // and another cancelled. At 13:00 the queue syncs.
        var kept = await Assigned();
        var reassigned = await Assigned();
        var cancelled = await Assigned();
        var colleague = await HireTechnician("T-0043");
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 12));
        await Do(reassigned, "assign", new { technicianId = colleague["id"]!.GetValue<Guid>(), reason = "T-0042 cannot be reached" }, Roles.Dispatcher);
        await Do(cancelled, "cancel", new { reason = "Customer fixed it himself" }, Roles.Dispatcher);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 13));

        var landed = await Replay(
        [
            new("q-1", kept, "contact", new { note = "Called", at = Shanghai(2026, 11, 16, 10, 30) }),
            new("q-2", reassigned, "contact", new { note = "Called", at = Shanghai(2026, 11, 16, 10, 40) }),
            new("q-3", cancelled, "contact", new { note = "Called", at = Shanghai(2026, 11, 16, 10, 50) }),
            new("q-4", kept, "plan", new { method = "PhoneGuidance", at = Shanghai(2026, 11, 16, 11) }),
            new("q-5", kept, "start", new { at = Shanghai(2026, 11, 16, 11, 5) }),
        ]);

        var notFound = await landed[1].ShouldBeProblem(HttpStatusCode.NotFound);
        var conflict = await landed[2].ShouldBeProblem(HttpStatusCode.Conflict, "WO-5");
        var manager = await As(Roles.Manager);
        var reassignedNow = await (await manager.GetAsync($"/api/v1/work-orders/{Id(reassigned)}")).ShouldBe(HttpStatusCode.OK);
        var cancelledNow = await (await manager.GetAsync($"/api/v1/work-orders/{Id(cancelled)}")).ShouldBe(HttpStatusCode.OK);
        var keptNow = await Get(kept);
        Assert.Multiple(() =>
        {
            Assert.That(new[] { landed[0], landed[3], landed[4] }.Select(response => response.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(notFound["status"]!.GetValue<int>(), Is.EqualTo(404), "X-4: the order is no longer the technician's");
            Assert.That(conflict["ruleId"]!.GetValue<string>(), Is.EqualTo("WO-5"));
            Assert.That(conflict["detail"]!.GetValue<string>(), Does.Contain("Cancelled"));
            Assert.That(keptNow["status"]!.GetValue<string>(), Is.EqualTo("InProgress"));
            Assert.That(Instant(keptNow["startedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 11, 5)));
            Assert.That(keptNow["fieldSteps"]!.AsArray(), Has.Count.EqualTo(3));
            Assert.That(reassignedNow["fieldSteps"]!.AsArray(), Is.Empty);
            Assert.That(cancelledNow["fieldSteps"]!.AsArray(), Is.Empty);
        });
    }

    [TestCase("Sla:ClockSkewMinutes", "-1", "ClockSkewMinutes")]
    [TestCase("Sla:FieldSyncGraceHours", "200", "FieldSyncGraceHours")]
    public void WO17_the_api_refuses_to_start_with_an_invalid_field_time_setting(string key, string value, string named) =>
        Assert.That(ApiFactory.StartupFailureWith(key, value), Does.Contain(named));

    /// <summary>A day on site as the phone queued it: each step with its field time and its own idempotency key.</summary>
    private static QueuedStep[] OnSiteDay(JsonNode order, Guid signatureFileId) =>
    [
        new("day-1", order, "contact", new { appointmentStart = Shanghai(2026, 11, 16, 14), appointmentEnd = Shanghai(2026, 11, 16, 16), note = "Called", at = Shanghai(2026, 11, 16, 10, 30) }),
        new("day-2", order, "plan", new { method = "OnSite", at = Shanghai(2026, 11, 16, 10, 35) }),
        new("day-3", order, "arrive", new { at = Shanghai(2026, 11, 16, 14, 10) }),
        new("day-4", order, "start", new { at = Shanghai(2026, 11, 16, 14, 15) }),
        new("day-5", order, "time-entries", new { startedAt = Shanghai(2026, 11, 16, 14, 15), minutes = 120, kind = "Free", at = Shanghai(2026, 11, 16, 16, 20) }),
        new("day-6", order, "resolve", new { summary = "Spindle bearing replaced", customerSignOff = new { name = "Wang Fang", signatureFileId }, at = Shanghai(2026, 11, 16, 16, 30) }),
    ];

    private static (string State, DateTimeOffset? StoppedAt) Met(DateTimeOffset stoppedAt) => ("Met", stoppedAt);

    private static Guid Id(JsonNode order) => order["id"]!.GetValue<Guid>();

    private static Guid[] Ids(JsonNode page) => [.. page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>())];

    private static Task<SlaSweepResult> Sweep() => Factory.Services.GetRequiredService<SlaSweeper>().SweepOnceAsync(CancellationToken.None);

    private async Task<JsonNode> Assigned()
    {
        var order = await Register();
        return await Do(order, "assign", new { technicianId = TechnicianId }, Roles.Dispatcher);
    }

    private async Task<JsonNode> Get(JsonNode order) =>
        await (await (await AsAssignedTechnician()).GetAsync($"/api/v1/work-orders/{Id(order)}")).ShouldBe(HttpStatusCode.OK);

    /// <summary>Each clock's state and when it stopped.</summary>
    private async Task<Dictionary<string, (string State, DateTimeOffset? StoppedAt)>> Clocks(JsonNode order)
    {
        var manager = await As(Roles.Manager);
        var clocks = await (await manager.GetAsync($"/api/v1/work-orders/{Id(order)}/sla")).ShouldBe(HttpStatusCode.OK);
        return clocks.AsArray().ToDictionary(
            clock => clock!["clock"]!.GetValue<string>(),
            clock => (clock!["state"]!.GetValue<string>(), clock["stoppedAt"] is { } stopped ? Instant(stopped) : (DateTimeOffset?)null));
    }

    /// <summary>Sends the queue in order as the assigned technician, as the app does after a spell offline: one refusal does not stop the rest.</summary>
    private async Task<List<HttpResponseMessage>> Replay(IEnumerable<QueuedStep> queue)
    {
        var technician = await AsAssignedTechnician();
        List<HttpResponseMessage> responses = [];
        foreach (var step in queue)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/work-orders/{Id(step.Order)}/{step.Action}") { Content = JsonContent.Create(step.Body) };
            request.Headers.Add("Idempotency-Key", step.Key);
            responses.Add(await technician.SendAsync(request));
        }

        return responses;
    }

    private sealed record QueuedStep(string Key, JsonNode Order, string Action, object Body);
}
