using AfterSales.Domain.Assessments;
using AfterSales.Domain.Common;
using AfterSales.Domain.Technicians;
using static AfterSales.Domain.Tests.Assessments.AssessmentScenario;

namespace AfterSales.Domain.Tests.Assessments;

/// <summary>AS-4 (r2) and X-4 (r2): a team lead assesses their own team, never themselves; a month is submitted once it has ended.</summary>
public sealed class AssessmentSeparationOfDutiesTests
{
    private static readonly Assessor WestLead = new("lead.chen", Guid.NewGuid(), TeamReach.Only("West"));

    private AssessmentScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new AssessmentScenario();

    [Test]
    public void X4_an_assessment_belongs_to_the_team_its_technician_is_in_when_it_is_opened()
    {
        var assessment = given.Draft();

        Assert.That(assessment.Team, Is.EqualTo("East"));
    }

    [Test]
    public void X4_a_team_lead_opens_assessments_for_their_own_team_only()
    {
        var byWest = Assert.Throws<BusinessRuleViolationException>(() => Open(WestLead.Reach));
        var byNoTeam = Assert.Throws<BusinessRuleViolationException>(() => Open(TeamReach.None));

        Assert.Multiple(() =>
        {
            Assert.That(byWest!.Message, Is.EqualTo("X-4: the lead of team West cannot open an assessment for technician T-0042 of team East"));
            Assert.That(byNoTeam!.Message, Does.StartWith("X-4: a team lead whose user is linked to no technician leads no team"));
            Assert.That(Open(Lead.Reach).Team, Is.EqualTo("East"));
            Assert.That(Open(TeamReach.All).Team, Is.EqualTo("East"));
        });
    }

    [Test]
    public void AS4_a_team_lead_scores_and_submits_only_their_own_team()
    {
        var draft = given.Draft();
        var scored = given.Scored();

        var scoring = Assert.Throws<BusinessRuleViolationException>(() => draft.Score(ScoresTotalling(50), WestLead, Policy, given.Clock));
        var submitting = RuleOf(() => scored.Submit(WestLead, OpenedOn, given.Clock));

        Assert.Multiple(() =>
        {
            Assert.That(scoring!.Message, Is.EqualTo("AS-4: the lead of team West cannot score the assessment of 2026-10 of a technician of team East"));
            Assert.That(submitting, Is.EqualTo("AS-4"));
            Assert.That((draft.Status, draft.Scores), Is.EqualTo((AssessmentStatus.Draft, (AssessmentScores?)null)));
            Assert.That(scored.Status, Is.EqualTo(AssessmentStatus.Scored));
        });
    }

    [Test]
    public void AS4_a_team_lead_never_scores_or_submits_their_own_assessment_the_manager_does()
    {
        var own = MonthlyAssessment.Create(EastLead, October, NoData, 0, Policy, OpenedOn, TeamLead, Lead.Reach, given.Clock);

        var scoring = Assert.Throws<BusinessRuleViolationException>(() => own.Score(ScoresTotalling(50), Lead, Policy, given.Clock));
        own.Score(ScoresTotalling(50), ManagerAssessor, Policy, given.Clock);
        var submitting = RuleOf(() => own.Submit(Lead, OpenedOn, given.Clock));
        own.Submit(ManagerAssessor, OpenedOn, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(scoring!.Message, Is.EqualTo("AS-4: nobody may score their own assessment: a team lead's is the manager's to score"));
            Assert.That(submitting, Is.EqualTo("AS-4"));
            Assert.That((own.ScoredBy, own.SubmittedBy, own.Status), Is.EqualTo((Manager, Manager, AssessmentStatus.Submitted)));
        });
    }

    [Test]
    public void AS4_a_month_is_submitted_only_after_it_has_ended()
    {
        var assessment = given.Scored();

        var onItsLastDay = Assert.Throws<BusinessRuleViolationException>(() => assessment.Submit(Lead, new DateOnly(2026, 10, 31), given.Clock));
        var statusBefore = assessment.Status;
        assessment.Submit(Lead, new DateOnly(2026, 11, 1), given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(onItsLastDay!.Message, Is.EqualTo("AS-4: the assessment of 2026-10 can be submitted once the month has ended, from 2026-11-01"));
            Assert.That(statusBefore, Is.EqualTo(AssessmentStatus.Scored));
            Assert.That(assessment.Status, Is.EqualTo(AssessmentStatus.Submitted));
        });
    }

    private MonthlyAssessment Open(TeamReach creatorsReach) =>
        MonthlyAssessment.Create(Assessed, October, NoData, 0, Policy, OpenedOn, TeamLead, creatorsReach, given.Clock);
}
