using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Complaints;

/// <summary>CP-8 over HTTP: 5 working days to appeal, a Manager's decision within 5 more, one further appeal after a rejection.</summary>
public sealed class ComplaintAppealTests : ComplaintTest
{
    private const string Reason = "The seal came faulty from the warehouse";

    [Test]
    public async Task CP8_verified_on_friday_20_november_an_appeal_on_the_fifth_working_day_friday_27_is_accepted()
    {
        var complaint = await VerifiedAt(Shanghai(2026, 11, 20, 10));
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 27, 17, 30));

        var appealed = await DoOn(complaint, "appeals", new { reason = Reason }, Roles.Technician);

        var appeal = appealed["appeals"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(appeal["round"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(appeal["reason"]!.GetValue<string>(), Is.EqualTo(Reason));
            Assert.That(appeal["notifiedOn"]!.GetValue<string>(), Is.EqualTo("2026-11-20"));
            Assert.That(appeal["fileBy"]!.GetValue<string>(), Is.EqualTo("2026-11-27"));
            Assert.That(appeal["decideBy"]!.GetValue<string>(), Is.EqualTo("2026-12-04"));
            Assert.That(appeal["upheld"], Is.Null);
            Assert.That(appeal["decisionOverdue"]!.GetValue<bool>(), Is.False);
        });
    }

    [Test]
    public async Task CP8_verified_on_friday_20_november_an_appeal_on_the_sixth_working_day_monday_30_is_409()
    {
        var complaint = await VerifiedAt(Shanghai(2026, 11, 20, 10));
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 30, 8, 30));

        var refused = await ActOn(complaint, "appeals", new { reason = Reason }, Roles.Technician);

        var problem = await refused.ShouldBeProblem(HttpStatusCode.Conflict, "CP-8");
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo("CP-8: an appeal had to be filed within 5 working days of the notification on 2026-11-20, by 2026-11-27"));
    }

    [TestCase(25, HttpStatusCode.OK, TestName = "CP8_verified_on_wednesday_18_november_an_appeal_across_the_weekend_on_wednesday_25_is_accepted")]
    [TestCase(26, HttpStatusCode.Conflict, TestName = "CP8_verified_on_wednesday_18_november_an_appeal_on_thursday_26_the_sixth_working_day_is_409")]
    public async Task CP8_the_appeal_period_counts_working_days_across_a_weekend(int day, HttpStatusCode expected)
    {
        var complaint = await VerifiedAt(Shanghai(2026, 11, 18, 10));
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, day, 9));

        var response = await ActOn(complaint, "appeals", new { reason = Reason }, Roles.Technician);

        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task CP8_only_the_responsible_technician_appeals()
    {
        var accused = await HireTechnician("T-0043");
        var bystander = await HireTechnician("T-0044");
        var complaint = await RegisterComplaint(technicianId: IdOf(accused));
        await DoOn(complaint, "investigate", role: Roles.Dispatcher);
        await (await VerifyResponse(complaint, responsibleTechnicianId: TechnicianId)).ShouldBe(HttpStatusCode.OK);

        var byAccused = await ActOn(complaint, "appeals", new { reason = Reason }, Roles.Technician, IdOf(accused));
        var byBystander = await ActOn(complaint, "appeals", new { reason = Reason }, Roles.Technician, IdOf(bystander));
        var byManager = await ActOn(complaint, "appeals", new { reason = Reason }, Roles.Manager);
        var byDispatcher = await ActOn(complaint, "appeals", new { reason = Reason }, Roles.Dispatcher);

        var problem = await byAccused.ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo($"CP-8: only the technician responsible for {complaint["number"]} may appeal it."));
        await byBystander.ShouldBeProblem(HttpStatusCode.NotFound);
        await byManager.ShouldBeProblem(HttpStatusCode.Forbidden);
        await byDispatcher.ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.That((await ReadComplaint(complaint))["appeals"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task CP8_an_upheld_appeal_makes_the_penalty_0_and_removes_the_deduction()
    {
        var complaint = await Verified(penalty: 300.00m, falsifiedRecord: true);
        var appeal = await Appeal(complaint);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 18, 10));

        var decided = await DoOn(complaint, $"appeals/{appeal["id"]}/decide", new { upheld = true, note = "Supplier batch recalled" }, Roles.Manager);

        var decision = decided["appeals"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(complaint["penalty"]!.GetValue<decimal>(), Is.EqualTo(600.00m), "before");
            Assert.That(decided["penalty"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
            Assert.That(decided["basePenalty"]!.GetValue<decimal>(), Is.EqualTo(300.00m));
            Assert.That(decided["deductionPoints"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(decision["upheld"]!.GetValue<bool>(), Is.True);
            Assert.That(decision["decisionNote"]!.GetValue<string>(), Is.EqualTo("Supplier batch recalled"));
            Assert.That(decision["decidedBy"]!.GetValue<string>(), Is.EqualTo("manager.user"));
            Assert.That(Instant(decision["decidedAt"]), Is.EqualTo(Shanghai(2026, 11, 18, 10)));
        });
    }

    [Test]
    public async Task CP8_after_a_rejection_one_further_appeal_is_allowed_and_a_third_is_409()
    {
        var complaint = await Verified();
        var first = await Appeal(complaint);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 18, 10));
        var rejected = await DoOn(complaint, $"appeals/{first["id"]}/decide", new { upheld = false, note = "Seal fitted wrong, photos attached" }, Roles.Manager);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 25, 16));

        var second = await Appeal(complaint);
        await DoOn(complaint, $"appeals/{second["id"]}/decide", new { upheld = false, note = "Management confirms" }, Roles.Director);
        var third = await ActOn(complaint, "appeals", new { reason = Reason }, Roles.Technician);

        Assert.Multiple(() =>
        {
            Assert.That(rejected["penalty"]!.GetValue<decimal>(), Is.EqualTo(300.00m));
            Assert.That(second["round"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(second["notifiedOn"]!.GetValue<string>(), Is.EqualTo("2026-11-18"), "counted from the rejection");
            Assert.That(second["fileBy"]!.GetValue<string>(), Is.EqualTo("2026-11-25"));
        });
        var problem = await third.ShouldBeProblem(HttpStatusCode.Conflict, "CP-8");
        Assert.That(problem["detail"]!.GetValue<string>(), Does.EndWith("a rejected appeal allows one further appeal, no more"));
    }

    [Test]
    public async Task CP8_the_further_appeal_is_decided_by_a_director_who_did_not_decide_the_first()
    {
        var complaint = await Verified();
        var first = await Appeal(complaint);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 18, 10));
        await DoOn(complaint, $"appeals/{first["id"]}/decide", new { upheld = false, note = "Seal fitted wrong, photos attached" }, Roles.Director);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 20, 10));
        var second = await Appeal(complaint);
        var decision = new { upheld = true, note = "The supplier confirmed a faulty batch of seals" };

        var byAManager = await ActOn(complaint, $"appeals/{second["id"]}/decide", decision, Roles.Manager);
        var bySameDirector = await ActOn(complaint, $"appeals/{second["id"]}/decide", decision, Roles.Director);
        var byAnotherDirector = await (await Factory.ClientAs("director.qian", Roles.Director))
            .PostAsJsonAsync($"/api/v1/complaints/{complaint["id"]}/appeals/{second["id"]}/decide", decision);

        Assert.That((await byAManager.ShouldBeProblem(HttpStatusCode.Conflict, "CP-8"))["detail"]!.GetValue<string>(),
            Is.EqualTo($"CP-8: the further appeal against {complaint["number"]} is decided by a Director"));
        Assert.That((await bySameDirector.ShouldBeProblem(HttpStatusCode.Conflict, "CP-8"))["detail"]!.GetValue<string>(),
            Is.EqualTo($"CP-8: director.user decided the first appeal against {complaint["number"]}; another Director decides the further one"));
        var upheld = await byAnotherDirector.ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(upheld["appeals"]!.AsArray()[1]!["decidedBy"]!.GetValue<string>(), Is.EqualTo("director.qian"));
            Assert.That(upheld["penalty"]!.GetValue<decimal>(), Is.EqualTo(0.00m), "upheld on the further appeal: the 300.00 penalty is removed");
        });
    }

    [Test]
    public async Task CP8_an_undecided_appeal_past_5_working_days_is_flagged_and_listed()
    {
        var appealedComplaint = await Verified();
        await Appeal(appealedComplaint);
        var otherComplaint = await RegisterComplaint();
        var manager = await As(Roles.Manager);

        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 23, 17));
        var onTheDay = await (await manager.GetAsync("/api/v1/complaints?appealDecisionOverdue=true")).ShouldBe(HttpStatusCode.OK);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 24, 9));
        var overdue = await (await manager.GetAsync("/api/v1/complaints?appealDecisionOverdue=true")).ShouldBe(HttpStatusCode.OK);
        var notOverdue = await (await manager.GetAsync("/api/v1/complaints?appealDecisionOverdue=false")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(onTheDay["totalCount"]!.GetValue<int>(), Is.EqualTo(0), "decideBy is 2026-11-23, five working days after Monday the 16th");
            Assert.That(overdue["items"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()), Is.EqualTo(new[] { IdOf(appealedComplaint) }));
            Assert.That(overdue["items"]![0]!["appeals"]![0]!["decisionOverdue"]!.GetValue<bool>(), Is.True);
            Assert.That(overdue["items"]![0]!["appeals"]![0]!["decideBy"]!.GetValue<string>(), Is.EqualTo("2026-11-23"));
            Assert.That(notOverdue["items"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()), Is.EqualTo(new[] { IdOf(otherComplaint) }));
        });
    }

    [Test]
    public async Task CP8_only_a_manager_decides_an_appeal()
    {
        var complaint = await Verified();
        var appeal = await Appeal(complaint);

        var byLead = await ActOn(complaint, $"appeals/{appeal["id"]}/decide", new { upheld = true, note = "x" }, Roles.TeamLead);
        var unknown = await ActOn(complaint, $"appeals/{Guid.NewGuid()}/decide", new { upheld = true, note = "x" }, Roles.Manager);

        await byLead.ShouldBeProblem(HttpStatusCode.Forbidden);
        await unknown.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    /// <summary>T-0042, responsible, appeals now; the new appeal.</summary>
    private async Task<JsonNode> Appeal(JsonNode complaint)
    {
        var appealed = await DoOn(complaint, "appeals", new { reason = Reason }, Roles.Technician);
        return appealed["appeals"]!.AsArray().Last()!;
    }
}
