using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Assessments;

/// <summary>
/// AS-4 (r2) and X-4 (r2) through HTTP: East's lead (L-East, the technician their user is linked to) assesses T-0042 of
/// East; T-0051 is of West, which L-West leads; the manager scores and submits a team lead's own assessment. The clock
/// stands on Monday 16 November 2026, so October has ended and November has not.
/// </summary>
public sealed class AssessmentSeparationOfDutiesTests : AssessmentTest
{
    [Test]
    public async Task AS4_a_team_lead_never_scores_their_own_assessment()
    {
        var lead = await AsLeadOf("East");
        var own = await Opened(lead, await LeadOf("East"), "2026-10");

        var scoring = await TryAssess(own, "scores", ScoresTotalling(60), lead);
        await Assess(own, "scores", ScoresTotalling(50), Roles.Manager);
        var submitting = await TryAssess(own, "submit", null, lead);
        var submitted = await Assess(own, "submit", role: Roles.Manager);
        var read = await lead.GetAsync($"/api/v1/assessments/{own["id"]}");

        var refusal = await scoring.ShouldBeProblem(HttpStatusCode.Conflict, "AS-4");
        Assert.That(refusal["detail"]!.GetValue<string>(), Does.Contain("their own assessment"));
        await submitting.ShouldBeProblem(HttpStatusCode.Conflict, "AS-4");
        Assert.That((submitted["status"]!.GetValue<string>(), submitted["scoredBy"]!.GetValue<string>(), submitted["submittedBy"]!.GetValue<string>()), Is.EqualTo(("Submitted", "manager.user", "manager.user")));
        await read.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task AS4_a_team_lead_scores_only_their_own_team()
    {
        var west = IdOf(await HireTechnician("T-0051", "West"));
        var easts = await Create(TechnicianId, "2026-10");
        var wests = await Opened(await AsLeadOf("West"), west, "2026-10");
        var eastLead = await AsLeadOf("East");

        var scoreWests = await TryAssess(wests, "scores", ScoresTotalling(40), eastLead);
        var readWests = await eastLead.GetAsync($"/api/v1/assessments/{wests["id"]}");
        var openForWest = await eastLead.PostAsJsonAsync("/api/v1/assessments", new { technicianId = west, month = "2026-09" });
        var scoredEasts = await TryAssess(easts, "scores", ScoresTotalling(40), eastLead);
        var scoredByWestsLead = await TryAssess(wests, "scores", ScoresTotalling(45), await AsLeadOf("West"));

        await scoreWests.ShouldBeProblem(HttpStatusCode.NotFound);
        await readWests.ShouldBeProblem(HttpStatusCode.NotFound);
        await openForWest.ShouldBeProblem(HttpStatusCode.Conflict, "X-4");
        await scoredEasts.ShouldBe(HttpStatusCode.OK);
        await scoredByWestsLead.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task AS4_a_month_is_submitted_only_after_it_has_ended()
    {
        var november = await Assess(await Create(TechnicianId, "2026-11"), "scores", ScoresTotalling(40));

        var midMonth = await TryAssess(november, "submit");
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 23, 59, 0, TimeSpan.FromHours(8)));
        var lastMinute = await TryAssess(november, "submit");
        // Midnight in Shanghai, still 30 November in UTC: the company's month has ended.
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero));
        var submitted = await TryAssess(november, "submit");

        var refusal = await midMonth.ShouldBeProblem(HttpStatusCode.Conflict, "AS-4");
        Assert.That(refusal["detail"]!.GetValue<string>(), Is.EqualTo("AS-4: the assessment of 2026-11 can be submitted once the month has ended, from 2026-12-01"));
        await lastMinute.ShouldBeProblem(HttpStatusCode.Conflict, "AS-4");
        Assert.That((await submitted.ShouldBe(HttpStatusCode.OK))["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
    }

    [Test]
    public async Task X4_a_team_lead_sees_their_teams_assessments_and_their_own_and_no_other()
    {
        var west = IdOf(await HireTechnician("T-0051", "West"));
        var easts = await Create(TechnicianId, "2026-10");
        var own = await Opened(await AsLeadOf("East"), await LeadOf("East"), "2026-10");
        await Opened(await AsLeadOf("West"), west, "2026-10");

        var leadOfNoTeam = await As(Roles.TeamLead);

        var seenByEastLead = await (await (await AsLeadOf("East")).GetAsync("/api/v1/assessments?month=2026-10")).ShouldBe(HttpStatusCode.OK);
        var seenByLeadOfNoTeam = await (await leadOfNoTeam.GetAsync("/api/v1/assessments?month=2026-10")).ShouldBe(HttpStatusCode.OK);
        var openedByLeadOfNoTeam = await leadOfNoTeam.PostAsJsonAsync("/api/v1/assessments", new { technicianId = TechnicianId, month = "2026-09" });
        var seenByManager = await (await (await As(Roles.Manager)).GetAsync("/api/v1/assessments?month=2026-10")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(Ids(seenByEastLead), Is.EquivalentTo(new[] { IdOf(easts), IdOf(own) }));
            Assert.That(Ids(seenByLeadOfNoTeam), Is.Empty);
            Assert.That(Ids(seenByManager).Count(), Is.EqualTo(3));
        });
        await openedByLeadOfNoTeam.ShouldBeProblem(HttpStatusCode.Conflict, "X-4");
    }

    private static async Task<JsonNode> Opened(HttpClient client, Guid technicianId, string month) =>
        await (await client.PostAsJsonAsync("/api/v1/assessments", new { technicianId, month })).ShouldBe(HttpStatusCode.Created);

    private static Guid IdOf(JsonNode node) => node["id"]!.GetValue<Guid>();

    private static IEnumerable<Guid> Ids(JsonNode list) => list["items"]!.AsArray().Select(item => IdOf(item!));
}
