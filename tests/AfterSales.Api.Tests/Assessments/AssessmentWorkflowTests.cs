using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Assessments;

public sealed class AssessmentWorkflowTests : AssessmentTest
{
    [Test]
    public async Task AS1_an_assessment_opens_as_a_draft_with_the_shape_of_the_contract()
    {
        var response = await CreateResponse(TechnicianId, "2026-10");

        var assessment = await response.ShouldBe(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/assessments/{assessment["id"]}"));
            Assert.That(response.Headers.ETag, Is.Not.Null);
            Assert.That(assessment["technicianId"]!.GetValue<Guid>(), Is.EqualTo(TechnicianId));
            Assert.That(assessment["month"]!.GetValue<string>(), Is.EqualTo("2026-10"));
            Assert.That(assessment["status"]!.GetValue<string>(), Is.EqualTo("Draft"));
            Assert.That(assessment["scores"], Is.Null);
            Assert.That(Number(assessment, "performance.total"), Is.EqualTo(40));
            Assert.That(Number(assessment, "deductions.total"), Is.Zero);
            Assert.That(Number(assessment, "total"), Is.EqualTo(40));
            Assert.That(assessment["grade"]!.GetValue<string>(), Is.EqualTo("C"));
            Assert.That(assessment["dueOn"]!.GetValue<string>(), Is.EqualTo("2026-11-08"));
            Assert.That(assessment["submittedLate"]!.GetValue<bool>(), Is.False);
            Assert.That(Number(assessment, "payAdjustmentPercent"), Is.Zero);
            Assert.That(assessment["createdBy"]!.GetValue<string>(), Is.EqualTo("lead.east"));
        });
    }

    [Test]
    public async Task AS1_a_second_assessment_for_the_same_technician_and_month_is_409()
    {
        await Create(TechnicianId, "2026-10");

        var second = await CreateResponse(TechnicianId, "2026-10", Roles.Manager);

        var problem = await second.ShouldBeProblem(HttpStatusCode.Conflict, "AS-1");
        Assert.That(problem["ruleId"]!.GetValue<string>(), Is.EqualTo("AS-1"));
    }

    [Test]
    public async Task AS1_another_month_or_another_technician_is_a_new_assessment()
    {
        var colleague = (await HireTechnician("T-0043"))["id"]!.GetValue<Guid>();
        await Create(TechnicianId, "2026-10");

        await (await CreateResponse(TechnicianId, "2026-09")).ShouldBe(HttpStatusCode.Created);
        await (await CreateResponse(colleague, "2026-10")).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task AS1_a_month_that_has_not_begun_is_409()
    {
        await (await CreateResponse(TechnicianId, "2026-12")).ShouldBeProblem(HttpStatusCode.Conflict, "AS-1");
    }

    [TestCase("2026-13")]
    [TestCase("2026/10")]
    [TestCase("October")]
    public async Task AS1_the_month_is_written_yyyy_MM(string month)
    {
        var problem = await (await CreateResponse(TechnicianId, month)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem["errors"]!["month"], Is.Not.Null);
    }

    [Test]
    public async Task AS1_an_unknown_technician_is_400()
    {
        var problem = await (await CreateResponse(Guid.NewGuid(), "2026-10")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem["errors"]!["technicianId"], Is.Not.Null);
    }

    [TestCase("initiative", 16)]
    [TestCase("coordination", 11)]
    [TestCase("loyalty", 16)]
    [TestCase("planning", 6)]
    [TestCase("execution", 6)]
    [TestCase("workQuality", 11)]
    [TestCase("initiative", -1)]
    public async Task AS1_scores_outside_the_rubric_maxima_are_400(string field, int value)
    {
        var assessment = await Create(TechnicianId, "2026-10");
        var scores = new Dictionary<string, int> { ["initiative"] = 10, ["coordination"] = 5, ["loyalty"] = 10, ["planning"] = 3, ["execution"] = 3, ["workQuality"] = 5 };
        scores[field] = value;

        var problem = await (await TryAssess(assessment, "scores", scores)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem["errors"]![field], Is.Not.Null);
    }

    [Test]
    public async Task AS1_a_missing_score_is_400()
    {
        var assessment = await Create(TechnicianId, "2026-10");

        var problem = await (await TryAssess(assessment, "scores", new { initiative = 10, coordination = 5, loyalty = 10, planning = 3, execution = 3 })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem["errors"]!["workQuality"], Is.Not.Null);
    }

    [Test]
    public async Task AS1_the_team_leads_scores_count_with_their_subtotals()
    {
        var assessment = await Create(TechnicianId, "2026-10");

        var scored = await Assess(assessment, "scores", new { initiative = 12, coordination = 8, loyalty = 13, planning = 4, execution = 4, workQuality = 8 });

        Assert.Multiple(() =>
        {
            Assert.That(scored["status"]!.GetValue<string>(), Is.EqualTo("Scored"));
            Assert.That(Number(scored, "scores.initiative"), Is.EqualTo(12));
            Assert.That(Number(scored, "scores.workQuality"), Is.EqualTo(8));
            Assert.That((Number(scored, "scores.attitude"), Number(scored, "scores.ability"), Number(scored, "scores.total")), Is.EqualTo((33, 16, 49)));
            Assert.That(Number(scored, "total"), Is.EqualTo(89));
            Assert.That(scored["grade"]!.GetValue<string>(), Is.EqualTo("B"));
            Assert.That(scored["scoredBy"]!.GetValue<string>(), Is.EqualTo("lead.east"));
        });
    }

    [TestCase(50, 90, "A")]
    [TestCase(49, 89, "B")]
    [TestCase(30, 70, "B")]
    [TestCase(29, 69, "C")]
    public async Task AS2_totals_and_grades_at_the_thresholds(int scoreTotal, int total, string grade)
    {
        var assessment = await Create(TechnicianId, "2026-10");

        var scored = await Assess(assessment, "scores", ScoresTotalling(scoreTotal));

        Assert.That((Number(scored, "total"), scored["grade"]!.GetValue<string>()), Is.EqualTo((total, grade)));
    }

    [Test]
    public async Task AS2_the_total_is_floored_at_zero()
    {
        var technician = await HireTechnician("T-0043");
        var manager = await As(Roles.Manager);
        for (var day = 1; day <= 21; day++)
        {
            var recorded = await manager.PostAsJsonAsync($"/api/v1/technicians/{technician["id"]}/discipline", new { kind = "Absence", occurredOn = $"2026-10-{day:D2}", note = "Did not come in" });
            await recorded.ShouldBe(HttpStatusCode.OK);
        }

        var assessment = await Assess(await Create(technician["id"]!.GetValue<Guid>(), "2026-10"), "scores", ScoresTotalling(0));

        Assert.Multiple(() =>
        {
            Assert.That(Number(assessment, "deductions.discipline"), Is.EqualTo(42));
            Assert.That(Number(assessment, "deductions.disciplineRecords"), Is.EqualTo(21));
            Assert.That(Number(assessment, "total"), Is.Zero, "40 performance points less 42");
        });
    }

    [Test]
    public async Task AS3_the_technicians_self_assessment_is_kept_beside_and_not_counted()
    {
        var assessment = await Assess(await Create(TechnicianId, "2026-10"), "scores", ScoresTotalling(30));

        var response = await TryAssess(assessment, "self-assessment", new { initiative = 15, coordination = 10, loyalty = 15, planning = 5, execution = 5, workQuality = 10, comment = "我这个月很努力" }, await AsTechnician(TechnicianId));

        var kept = await response.ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(Number(kept, "selfAssessment.scores.total"), Is.EqualTo(60));
            Assert.That(kept["selfAssessment"]!["comment"]!.GetValue<string>(), Is.EqualTo("我这个月很努力"));
            Assert.That(Number(kept, "scores.total"), Is.EqualTo(30));
            Assert.That((Number(kept, "total"), kept["grade"]!.GetValue<string>()), Is.EqualTo((70, "B")));
        });
    }

    [Test]
    public async Task AS3_another_technicians_assessment_is_not_found_for_a_technician()
    {
        var colleague = (await HireTechnician("T-0043"))["id"]!.GetValue<Guid>();
        var assessment = await Create(TechnicianId, "2026-10");
        var other = await AsTechnician(colleague);

        var selfAssessment = await TryAssess(assessment, "self-assessment", ScoresTotalling(60), other);
        var read = await other.GetAsync($"/api/v1/assessments/{assessment["id"]}");

        await selfAssessment.ShouldBeProblem(HttpStatusCode.NotFound);
        await read.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task AS4_draft_scored_submitted_approved_by_their_roles()
    {
        var assessment = await Create(TechnicianId, "2026-10");

        var scored = await Assess(assessment, "scores", ScoresTotalling(45));
        var submitted = await Assess(assessment, "submit");
        var approved = await Assess(assessment, "approve", role: Roles.Manager);

        Assert.Multiple(() =>
        {
            Assert.That(scored["status"]!.GetValue<string>(), Is.EqualTo("Scored"));
            Assert.That(submitted["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
            Assert.That(submitted["submittedBy"]!.GetValue<string>(), Is.EqualTo("lead.east"));
            Assert.That(approved["status"]!.GetValue<string>(), Is.EqualTo("Approved"));
            Assert.That(approved["approvedBy"]!.GetValue<string>(), Is.EqualTo("manager.user"));
            Assert.That(Number(approved, "total"), Is.EqualTo(85));
        });
    }

    [TestCase("scores", Roles.HR)]
    [TestCase("scores", Roles.Technician)]
    [TestCase("submit", Roles.HR)]
    [TestCase("approve", Roles.TeamLead)]
    [TestCase("amendments", Roles.TeamLead)]
    [TestCase("self-assessment", Roles.TeamLead)]
    public async Task AS4_each_step_belongs_to_its_role(string action, string role)
    {
        var assessment = await Create(TechnicianId, "2026-10");

        var response = await TryAssess(assessment, action, ScoresTotalling(40), role);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase(Roles.TeamLead, HttpStatusCode.Created)]
    [TestCase(Roles.Manager, HttpStatusCode.Created)]
    [TestCase(Roles.HR, HttpStatusCode.Forbidden)]
    [TestCase(Roles.Technician, HttpStatusCode.Forbidden)]
    [TestCase(Roles.Dispatcher, HttpStatusCode.Forbidden)]
    public async Task AS4_team_leads_and_the_manager_open_assessments(string role, HttpStatusCode expected)
    {
        var response = await CreateResponse(TechnicianId, "2026-10", role);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task AS4_an_unscored_assessment_cannot_be_submitted()
    {
        var assessment = await Create(TechnicianId, "2026-10");

        await (await TryAssess(assessment, "submit")).ShouldBeProblem(HttpStatusCode.Conflict, "AS-4");
    }

    [Test]
    public async Task AS4_a_scored_assessment_cannot_be_approved_before_submission()
    {
        var assessment = await Assess(await Create(TechnicianId, "2026-10"), "scores", ScoresTotalling(40));

        await (await TryAssess(assessment, "approve", role: Roles.Manager)).ShouldBeProblem(HttpStatusCode.Conflict, "AS-4");
    }

    [TestCase("2026-11-08T23:59:00+08:00", false)]
    [TestCase("2026-11-09T00:00:00+08:00", true)]
    [TestCase("2026-11-08T16:30:00Z", true)]
    public async Task AS4_a_submission_after_the_eighth_of_the_next_month_in_shanghai_is_marked_late(string submittedAt, bool late)
    {
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(8)));
        var assessment = await Assess(await Create(TechnicianId, "2026-10"), "scores", ScoresTotalling(40));
        Factory.Clock.SetUtcNow(DateTimeOffset.Parse(submittedAt, System.Globalization.CultureInfo.InvariantCulture));

        var submitted = await Assess(assessment, "submit");

        Assert.Multiple(() =>
        {
            Assert.That(submitted["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
            Assert.That(submitted["submittedLate"]!.GetValue<bool>(), Is.EqualTo(late));
        });
    }

    [Test]
    public async Task AS4_scores_are_refused_once_submitted()
    {
        var assessment = await Create(TechnicianId, "2026-10");
        await Assess(assessment, "scores", ScoresTotalling(40));
        await Assess(assessment, "submit");

        await (await TryAssess(assessment, "scores", ScoresTotalling(50))).ShouldBeProblem(HttpStatusCode.Conflict, "AS-4");
    }

    [Test]
    public async Task AS6_an_approved_assessment_is_amended_with_a_reason_and_before_and_after()
    {
        var assessment = await Approved(TechnicianId, "2026-10", scoreTotal: 50);
        Factory.Clock.Advance(TimeSpan.FromDays(3));

        var amended = await Assess(assessment, "amendments", new { reason = "Loyalty misjudged: he covered the Suzhou site", scores = ScoresTotalling(45) }, Roles.Manager);

        var amendment = amended["amendments"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(amended["status"]!.GetValue<string>(), Is.EqualTo("Approved"));
            Assert.That((Number(amended, "total"), amended["grade"]!.GetValue<string>()), Is.EqualTo((85, "B")));
            Assert.That(amendment["reason"]!.GetValue<string>(), Is.EqualTo("Loyalty misjudged: he covered the Suzhou site"));
            Assert.That(amendment["amendedBy"]!.GetValue<string>(), Is.EqualTo("manager.user"));
            Assert.That(DateTimeOffset.Parse(amendment["amendedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(Factory.Clock.GetUtcNow()));
            Assert.That((Number(amendment, "before.total"), amendment["before"]!["grade"]!.GetValue<string>(), Number(amendment, "before.scores.total")), Is.EqualTo((90, "A", 50)));
            Assert.That((Number(amendment, "after.total"), amendment["after"]!["grade"]!.GetValue<string>(), Number(amendment, "after.scores.total")), Is.EqualTo((85, "B", 45)));
        });

        var reread = await Read(assessment, Roles.HR);
        Assert.That(reread["amendments"]!.AsArray(), Has.Count.EqualTo(1), "kept, and read back from storage");
    }

    [Test]
    public async Task AS6_an_approved_assessment_refuses_every_other_change()
    {
        var assessment = await Approved(TechnicianId, "2026-10", scoreTotal: 50);

        await (await TryAssess(assessment, "scores", ScoresTotalling(10))).ShouldBeProblem(HttpStatusCode.Conflict, "AS-6");
        await (await TryAssess(assessment, "self-assessment", ScoresTotalling(10), await AsTechnician(TechnicianId))).ShouldBeProblem(HttpStatusCode.Conflict, "AS-6");
        await (await TryAssess(assessment, "submit")).ShouldBeProblem(HttpStatusCode.Conflict, "AS-4");
        await (await TryAssess(assessment, "approve", role: Roles.Manager)).ShouldBeProblem(HttpStatusCode.Conflict, "AS-4");
        Assert.That(Number(await Read(assessment), "total"), Is.EqualTo(90));
    }

    [Test]
    public async Task AS6_only_an_approved_assessment_is_amended_and_only_with_a_reason()
    {
        var assessment = await Assess(await Create(TechnicianId, "2026-10"), "scores", ScoresTotalling(40));

        await (await TryAssess(assessment, "amendments", new { reason = "Second thoughts", scores = ScoresTotalling(50) }, Roles.Manager)).ShouldBeProblem(HttpStatusCode.Conflict, "AS-6");
        var problem = await (await TryAssess(assessment, "amendments", new { scores = ScoresTotalling(50) }, Roles.Manager)).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["reason"], Is.Not.Null);
    }

    [Test]
    public async Task X2_a_stale_if_match_is_412()
    {
        var response = await CreateResponse(TechnicianId, "2026-10");
        var assessment = await response.ShouldBe(HttpStatusCode.Created);
        var staleTag = response.Headers.ETag!;
        await Assess(assessment, "scores", ScoresTotalling(40));
        var client = await AsLeadOf("East");
        client.DefaultRequestHeaders.IfMatch.Add(new EntityTagHeaderValue(staleTag.Tag));

        await (await TryAssess(assessment, "scores", ScoresTotalling(50), client)).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task X4_a_technician_lists_and_reads_only_their_own_assessments()
    {
        var colleague = (await HireTechnician("T-0043"))["id"]!.GetValue<Guid>();
        var own = await Create(TechnicianId, "2026-10");
        await Create(colleague, "2026-10");
        var technician = await AsTechnician(TechnicianId);

        var list = await (await technician.GetAsync("/api/v1/assessments")).ShouldBe(HttpStatusCode.OK);
        var read = await technician.GetAsync($"/api/v1/assessments/{own["id"]}");

        Assert.Multiple(() =>
        {
            Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(list["items"]![0]!["technicianId"]!.GetValue<Guid>(), Is.EqualTo(TechnicianId));
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task AS8_the_list_filters_by_month_grade_and_status()
    {
        var colleague = (await HireTechnician("T-0043"))["id"]!.GetValue<Guid>();
        await Approved(TechnicianId, "2026-10", scoreTotal: 50);
        await Assess(await Create(colleague, "2026-10"), "scores", ScoresTotalling(30));
        await Create(TechnicianId, "2026-09");
        var hr = await As(Roles.HR);

        var october = await (await hr.GetAsync("/api/v1/assessments?month=2026-10")).ShouldBe(HttpStatusCode.OK);
        var gradeA = await (await hr.GetAsync("/api/v1/assessments?grade=A")).ShouldBe(HttpStatusCode.OK);
        var scored = await (await hr.GetAsync("/api/v1/assessments?status=Scored")).ShouldBe(HttpStatusCode.OK);
        var badMonth = await hr.GetAsync("/api/v1/assessments?month=10-2026");

        Assert.Multiple(() =>
        {
            Assert.That(october["items"]!.AsArray().Select(item => item!["employeeNumber"]!.GetValue<string>()), Is.EqualTo(new[] { "T-0042", "T-0043" }));
            Assert.That(gradeA["items"]!.AsArray().Select(item => (item!["month"]!.GetValue<string>(), item["total"]!.GetValue<int>())), Is.EqualTo(new[] { ("2026-10", 90) }));
            Assert.That(scored["items"]!.AsArray().Select(item => item!["technicianId"]!.GetValue<Guid>()), Is.EqualTo(new[] { colleague }));
            Assert.That(badMonth.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }
}
