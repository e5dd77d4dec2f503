using System.Net;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using AfterSales.Infrastructure.WorkOrders;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.WorkOrders;

public sealed class SlaTests : WorkOrderTest
{
    [Test]
    public async Task WO6_the_clocks_that_start_on_receipt_get_their_deadlines_at_registration()
    {
        // Monday 2026-11-16 10:00 in Shanghai.
        var order = await Register();

        var dispatch = await Sla(order, "dispatch");
        var resolution = await Sla(order, "resolution");
        var arrival = await Sla(order, "arrival");
        var contact = await Sla(order, "contact");

        Assert.Multiple(() =>
        {
            Assert.That(Instant(dispatch["startedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 10)));
            Assert.That(Instant(dispatch["deadline"]), Is.EqualTo(Shanghai(2026, 11, 16, 22)));
            Assert.That(Instant(resolution["deadline"]), Is.EqualTo(Shanghai(2026, 11, 19, 10)));
            Assert.That(Instant(arrival["deadline"]), Is.EqualTo(Shanghai(2026, 11, 16, 16)), "6 working hours, urban");
            Assert.That(contact["startedAt"], Is.Null);
            Assert.That(contact["state"]!.GetValue<string>(), Is.EqualTo("Pending"));
        });
    }

    [Test]
    public async Task WO6_contact_and_plan_clocks_start_at_assignment_and_follow_up_at_resolution()
    {
        var order = await Register();
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 11, 30));
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "contact", new { note = "Called" }, Roles.Technician);
        await Do(order, "plan", new { method = "PhoneGuidance" }, Roles.Technician);
        await Do(order, "start", null, Roles.Technician);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 9));
        await Do(order, "resolve", new { summary = "Recalibrated by phone" }, Roles.Technician);

        var contact = await Sla(order, "contact");
        var plan = await Sla(order, "plan");
        var followUp = await Sla(order, "followUp");
        var dispatch = await Sla(order, "dispatch");
        var arrival = await Sla(order, "arrival");

        Assert.Multiple(() =>
        {
            Assert.That(Instant(contact["deadline"]), Is.EqualTo(Shanghai(2026, 11, 16, 23, 30)));
            Assert.That(Instant(plan["deadline"]), Is.EqualTo(Shanghai(2026, 11, 17, 11, 30)));
            Assert.That(contact["state"]!.GetValue<string>(), Is.EqualTo("Met"));
            Assert.That(plan["state"]!.GetValue<string>(), Is.EqualTo("Met"));
            Assert.That(dispatch["state"]!.GetValue<string>(), Is.EqualTo("Met"));
            Assert.That(Instant(dispatch["stoppedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 11, 30)));
            Assert.That(Instant(followUp["deadline"]), Is.EqualTo(Shanghai(2026, 11, 18, 9)));
            Assert.That(arrival["state"]!.GetValue<string>(), Is.EqualTo("NotApplicable"), "no on-site visit");
        });
    }

    [Test]
    public async Task WO7_an_urban_order_received_friday_16_00_must_be_reached_by_monday_13_00()
    {
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 20, 16, 5));

        var order = await Register(receivedAt: "2026-11-20T16:00:00+08:00");

        Assert.That(Instant((await Sla(order, "arrival"))["deadline"]), Is.EqualTo(Shanghai(2026, 11, 23, 13)));
    }

    [Test]
    public async Task WO7_a_suburban_order_before_a_configured_holiday_counts_working_hours_after_it()
    {
        // The seeded 2026 schedule has the National Day holiday 2026-10-01..07; 1.5 h on Wednesday 30 September, 5.5 h on Thursday 8 October.
        Factory.Clock.SetUtcNow(Shanghai(2026, 9, 30, 16, 5));

        var order = await Register(receivedAt: "2026-09-30T16:00:00+08:00", zone: "Suburban");

        Assert.That(Instant((await Sla(order, "arrival"))["deadline"]), Is.EqualTo(Shanghai(2026, 10, 8, 14)));
    }

    [Test]
    public async Task WO7_an_order_received_after_hours_starts_counting_the_next_working_morning()
    {
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 21));

        var order = await Register(receivedAt: "2026-11-17T20:00:00+08:00");

        Assert.That(Instant((await Sla(order, "arrival"))["deadline"]), Is.EqualTo(Shanghai(2026, 11, 18, 14, 30)));
    }

    [Test]
    public async Task WO8_a_late_stop_is_recorded_as_breached_and_stays_breached()
    {
        var order = await Register();
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 22, 1)); // dispatch deadline 22:00

        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "contact", new { note = "Called" }, Roles.Technician);

        var dispatch = await Sla(order, "dispatch");
        Assert.Multiple(() =>
        {
            Assert.That(dispatch["state"]!.GetValue<string>(), Is.EqualTo("Breached"));
            Assert.That(Instant(dispatch["stoppedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 22, 1)));
        });
    }

    [Test]
    public async Task WO8_the_sweeper_marks_overdue_clocks_breached_once_and_lists_them()
    {
        var overdue = await Register();
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 21));
        var fresh = await Register();
        var sweeper = Factory.Services.GetRequiredService<SlaSweeper>();
        var manager = await As(Roles.Manager);

        var atRisk = await (await manager.GetAsync("/api/v1/work-orders?slaState=AtRisk")).ShouldBe(HttpStatusCode.OK);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 22, 5));
        var swept = await Task.WhenAll(sweeper.SweepOnceAsync(CancellationToken.None), sweeper.SweepOnceAsync(CancellationToken.None));
        var sweptAgain = await sweeper.SweepOnceAsync(CancellationToken.None);
        var breached = await (await manager.GetAsync("/api/v1/work-orders?slaState=Breached")).ShouldBe(HttpStatusCode.OK);
        var trail = await (await manager.GetAsync($"/api/v1/audit?entityId={overdue["id"]}&pageSize=100")).ShouldBe(HttpStatusCode.OK);
        var breachRows = trail["items"]!.AsArray()
            .SelectMany(e => e!["changes"]!.AsArray())
            .Where(c => c!["entityType"]!.GetValue<string>() == "WorkOrder" && c["properties"]!.AsObject().Any(p => p.Key.EndsWith("].state", StringComparison.Ordinal) && p.Value!["new"]?.GetValue<string>() == "Breached"))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Ids(atRisk), Is.EqualTo(new[] { overdue["id"]!.GetValue<Guid>() }), "dispatch due at 22:00 is within 2 h of 21:00; the fresh order's is not");
            Assert.That(swept.Sum(result => result.WorkOrders), Is.EqualTo(1), "two instances sweeping at once breach the clock once");
            Assert.That(sweptAgain, Is.EqualTo(SlaSweepResult.None));
            Assert.That(Ids(breached), Is.EqualTo(new[] { overdue["id"]!.GetValue<Guid>() }));
            // Dispatch (due 22:00) is breached once; arrival (due 16:00) is only overdue while no method is chosen (WO-6 r2).
            Assert.That(breachRows, Has.Count.EqualTo(1));
        });
        Assert.That((await Sla(fresh, "dispatch"))["state"]!.GetValue<string>(), Is.EqualTo("Pending"));
    }

    [Test]
    public async Task WO8_a_breached_clock_is_never_unbreached_by_a_later_stop()
    {
        var order = await Register();
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 23));
        await Factory.Services.GetRequiredService<SlaSweeper>().SweepOnceAsync(CancellationToken.None);

        await Do(order, "assign", new { technicianId = TechnicianId });

        var dispatch = await Sla(order, "dispatch");
        Assert.That(dispatch["state"]!.GetValue<string>(), Is.EqualTo("Breached"));
        Assert.That(Instant(dispatch["stoppedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 23)));
    }

    private static Guid[] Ids(System.Text.Json.Nodes.JsonNode page) =>
        [.. page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>())];
}
