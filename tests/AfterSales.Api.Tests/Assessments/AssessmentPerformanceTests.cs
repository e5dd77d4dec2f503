using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Assessments.Complaints;
using AfterSales.Application.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Assessments;

/// <summary>
/// AS-1's performance part from real orders of November 2026 (Shanghai time), all T-0042's:
/// A — on site, resolved, followed up satisfied, survey 4/4/3/2 (3 answers of 3 or more);
/// B — phone guidance, resolved, followed up not satisfied, survey 2/1/3/2 (1 answer), so reopened;
/// C — assigned, then contacted 13 hours later: its contact clock is breached.
/// </summary>
public sealed class AssessmentPerformanceTests : AssessmentTest
{
    [Test]
    public async Task AS1_performance_is_computed_from_the_months_orders_and_shows_its_counts()
    {
        await CompleteOrderA();
        await CompleteOrderB();
        await AssignAndContactOrderCLate();
        await RecordDiscipline("2026-11-10");
        await RecordDiscipline("2026-10-31");

        var assessment = await Create(TechnicianId, "2026-11");

        Assert.Multiple(() =>
        {
            // 4 of 8 answers → 0.5 → 5 points.
            Assert.That(Metric(assessment, "satisfaction"), Is.EqualTo((5, 4, 8, 0.5m, false)));

            // Resolved A and B of the three assigned → 0.6667 → 6.67 → 7 points.
            Assert.That(Metric(assessment, "resolution"), Is.EqualTo((7, 2, 3, 0.6667m, false)));

            // A: contact, plan, arrival, resolution met; B: contact, plan, resolution met; C: contact breached → 7 of 8 → 8.75 → 9 points.
            Assert.That(Metric(assessment, "timeliness"), Is.EqualTo((9, 7, 8, 0.875m, false)));

            // A held, B was reopened at its follow-up → 1 of 2 → 5 points.
            Assert.That(Metric(assessment, "quality"), Is.EqualTo((5, 1, 2, 0.5m, false)));

            Assert.That(
                (Number(assessment, "performance.satisfaction"), Number(assessment, "performance.resolution"), Number(assessment, "performance.timeliness"), Number(assessment, "performance.quality")),
                Is.EqualTo((5, 7, 9, 5)));
            Assert.That(Number(assessment, "performance.total"), Is.EqualTo(26));
            Assert.That(Number(assessment, "performance.inputs.quality.weight"), Is.EqualTo(10));

            // The October record is not November's.
            Assert.That((Number(assessment, "deductions.disciplineRecords"), Number(assessment, "deductions.discipline")), Is.EqualTo((1, 2)));
            Assert.That(Number(assessment, "total"), Is.EqualTo(24));

            // 50 % satisfaction earns no pay step (AS-7).
            Assert.That(Number(assessment, "payAdjustmentPercent"), Is.Zero);
        });
    }

    [Test]
    public async Task AS1_a_metric_without_data_scores_full_and_says_so()
    {
        var assessment = await Create(TechnicianId, "2026-11");

        Assert.Multiple(() =>
        {
            foreach (var metric in new[] { "satisfaction", "resolution", "timeliness", "quality" })
            {
                Assert.That(Metric(assessment, metric), Is.EqualTo((10, 0, 0, (decimal?)null, true)), metric);
            }

            Assert.That(Number(assessment, "performance.total"), Is.EqualTo(40));
        });
    }

    [Test]
    public async Task AS1_the_month_data_is_recomputed_on_every_read_while_draft_and_frozen_at_submission()
    {
        var created = await CreateResponse(TechnicianId, "2026-11");
        var assessment = await created.ShouldBe(HttpStatusCode.Created);
        await CompleteOrderA();
        await RecordDiscipline("2026-11-12");

        var manager = await As(Roles.Manager);
        var read = await manager.GetAsync($"/api/v1/assessments/{assessment["id"]}");
        var recomputed = await read.ShouldBe(HttpStatusCode.OK);
        var listed = await (await manager.GetAsync("/api/v1/assessments?month=2026-11")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(Metric(recomputed, "satisfaction"), Is.EqualTo((8, 3, 4, 0.75m, false)));
            Assert.That(Number(recomputed, "deductions.discipline"), Is.EqualTo(2));
            Assert.That(Number(recomputed, "total"), Is.EqualTo(36));
            Assert.That(Instant(recomputed["performance"]!["computedAt"]), Is.EqualTo(Factory.Clock.GetUtcNow()));
            Assert.That(read.Headers.ETag, Is.EqualTo(created.Headers.ETag), "reading saves nothing");
            Assert.That(listed["items"]![0]!["total"]!.GetValue<int>(), Is.EqualTo(40), "the list shows the assessment as last saved");
            Assert.That(Instant(listed["items"]![0]!["performanceComputedAt"]), Is.EqualTo(ApiFactory.StartOfTests));
        });

        // AS-4 (r2): November is submitted once it has ended. Its records still change after that: a discipline
        // record dated in it may be filed late, which the frozen assessment no longer takes in.
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        await Assess(assessment, "scores", ScoresTotalling(50));
        var submitted = await Assess(assessment, "submit");
        var submittedAt = Factory.Clock.GetUtcNow();
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await RecordDiscipline("2026-11-13");

        var frozen = await Read(assessment);

        Assert.Multiple(() =>
        {
            Assert.That(Number(submitted, "total"), Is.EqualTo(86));
            Assert.That(Metric(frozen, "satisfaction"), Is.EqualTo((8, 3, 4, 0.75m, false)));
            Assert.That(Metric(frozen, "quality"), Is.EqualTo((10, 1, 1, 1m, false)));
            Assert.That(Number(frozen, "deductions.discipline"), Is.EqualTo(2));
            Assert.That(Number(frozen, "total"), Is.EqualTo(86));
            Assert.That(Instant(frozen["performance"]!["computedAt"]), Is.EqualTo(submittedAt));
        });
    }

    [Test]
    public async Task AS1_work_counts_for_the_technician_the_order_was_assigned_to_at_the_time()
    {
        var colleague = (await HireTechnician("T-0043"))["id"]!.GetValue<Guid>();
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await Do(order, "assign", new { technicianId = colleague, reason = "T-0042 is ill" });
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await Do(order, "plan", new { method = "PhoneGuidance" });
        await Do(order, "contact", new { note = "Talked through it" });
        await Do(order, "start");
        await Do(order, "resolve", new { summary = "Reset the controller" });

        var own = await Create(TechnicianId, "2026-11");
        var colleagues = await Create(colleague, "2026-11");

        Assert.Multiple(() =>
        {
            Assert.That(Metric(own, "resolution"), Is.EqualTo((0, 0, 1, 0m, false)), "assigned to T-0042, resolved by T-0043");
            Assert.That(Metric(own, "timeliness"), Is.EqualTo((10, 0, 0, (decimal?)null, true)));
            Assert.That(Metric(colleagues, "resolution"), Is.EqualTo((10, 1, 1, 1m, false)));
            Assert.That(Metric(colleagues, "timeliness"), Is.EqualTo((10, 3, 3, 1m, false)));
        });
    }

    [Test]
    public async Task AS7_full_satisfaction_recommends_15_percent_and_a_verified_complaint_takes_5_off()
    {
        await CompleteOrderA(attitude: 4, skill: 4, punctuality: 4, promiseKeeping: 3);
        var assessment = await Create(TechnicianId, "2026-11");

        using (var scope = Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ComplaintDeductions>()
                .ApplyVerifiedAsync(TechnicianId, Factory.Clock.GetUtcNow(), Guid.NewGuid(), "CP-2026-000009", CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<IAfterSalesDbContext>().SaveChangesAsync();
        }

        var read = await Read(assessment);
        Assert.Multiple(() =>
        {
            Assert.That(Number(assessment, "payAdjustmentPercent"), Is.EqualTo(15));
            Assert.That((Number(read, "payAdjustment.satisfaction"), Number(read, "payAdjustment.complaints"), Number(read, "payAdjustment.total")), Is.EqualTo((15, -5, 10)));
            Assert.That(Number(read, "payAdjustmentPercent"), Is.EqualTo(10));
        });
    }

    private static (int Score, int Count, int OutOf, decimal? Rate, bool NoData) Metric(JsonNode assessment, string name)
    {
        var metric = assessment["performance"]!["inputs"]![name]!;
        return (
            metric["score"]!.GetValue<int>(),
            metric["count"]!.GetValue<int>(),
            metric["outOf"]!.GetValue<int>(),
            metric["rate"]?.GetValue<decimal>(),
            metric["noData"]!.GetValue<bool>());
    }

    /// <summary>Order A, on site on Monday 16 November: resolved at 14:10 and followed up satisfied, by default with 4/4/3/2.</summary>
    private async Task CompleteOrderA(int attitude = 4, int skill = 4, int punctuality = 3, int promiseKeeping = 2)
    {
        var order = await OnSiteInProgress();
        await Do(order, "resolve", new { summary = "Spindle bearing replaced", customerSignOff = await SignOff("Mr Li") }, Roles.Technician);
        await Do(order, "follow-up", new { satisfied = true, survey = new { attitude, skill, punctuality, promiseKeeping }, comments = "Fine" }, Roles.Dispatcher);
    }

    /// <summary>Order B, by phone: resolved and followed up not satisfied with 2/1/3/2, which reopens it.</summary>
    private async Task CompleteOrderB()
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "plan", new { method = "PhoneGuidance" });
        await Do(order, "contact", new { note = "Talked the customer through it" });
        await Do(order, "start", role: Roles.Technician);
        await Do(order, "resolve", new { summary = "Recalibrated by phone" }, Roles.Technician);
        await Do(order, "follow-up", new { satisfied = false, survey = new { attitude = 2, skill = 1, punctuality = 3, promiseKeeping = 2 }, comments = "Still vibrates" }, Roles.Dispatcher);
    }

    /// <summary>Order C: assigned, and the customer reached 13 hours later, past the 12-hour contact deadline.</summary>
    private async Task AssignAndContactOrderCLate()
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        Factory.Clock.Advance(TimeSpan.FromHours(13));
        await Do(order, "contact", new { note = "Reached at last" });
    }

    private async Task RecordDiscipline(string occurredOn)
    {
        var lead = await As(Roles.TeamLead);
        var response = await lead.PostAsJsonAsync($"/api/v1/technicians/{TechnicianId}/discipline", new { kind = "LateArrival", occurredOn, note = "Clocked in at 09:05" });
        await response.ShouldBe(HttpStatusCode.OK);
    }
}
