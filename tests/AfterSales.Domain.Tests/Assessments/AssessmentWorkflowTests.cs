using AfterSales.Domain.Assessments;
using AfterSales.Domain.Common;
using static AfterSales.Domain.Tests.Assessments.AssessmentScenario;

namespace AfterSales.Domain.Tests.Assessments;

public sealed class AssessmentWorkflowTests
{
    private AssessmentScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new AssessmentScenario();

    [Test]
    public void AS1_an_assessment_opens_as_a_draft_due_on_the_eighth_of_the_next_month()
    {
        var assessment = given.Draft(disciplineRecords: 1);

        Assert.Multiple(() =>
        {
            Assert.That(assessment.Status, Is.EqualTo(AssessmentStatus.Draft));
            Assert.That(assessment.TechnicianId, Is.EqualTo(TechnicianId));
            Assert.That(assessment.Month, Is.EqualTo(October));
            Assert.That(assessment.DueOn, Is.EqualTo(new DateOnly(2026, 11, 8)));
            Assert.That(assessment.Scores, Is.Null);
            Assert.That(assessment.Total, Is.EqualTo(38), "40 performance points less one discipline record, before any scores");
            Assert.That(assessment.DomainEvents.OfType<AssessmentCreated>().Single().Month, Is.EqualTo(October));
        });
    }

    [Test]
    public void AS1_a_month_that_has_not_begun_cannot_be_assessed()
    {
        var december = AssessmentMonth.Of(2026, 12);

        var rule = RuleOf(() => MonthlyAssessment.Create(Assessed, december, NoData, 0, Policy, OpenedOn, TeamLead, Lead.Reach, given.Clock));

        Assert.That(rule, Is.EqualTo("AS-1"));
    }

    [Test]
    public void AS1_the_month_data_is_recomputed_while_draft_or_scored()
    {
        var assessment = given.Scored(scoreTotal: 50);
        given.Clock.SetUtcNow(given.Clock.Now.AddDays(2));

        assessment.Recompute(Counts((3, 4), (0, 0), (0, 0), (0, 0)), 1, Policy, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(assessment.Performance.Satisfaction.Score, Is.EqualTo(8));
            Assert.That(assessment.Performance.ComputedAt, Is.EqualTo(given.Clock.Now));
            Assert.That(assessment.DisciplineDeduction, Is.EqualTo(2));
            Assert.That(assessment.Total, Is.EqualTo(50 + 38 - 2));
        });
    }

    [Test]
    public void AS1_submission_freezes_the_month_data()
    {
        var assessment = given.Submitted();

        var rule = RuleOf(() => assessment.Recompute(Counts((0, 4), (0, 0), (0, 0), (0, 0)), 0, Policy, given.Clock));

        Assert.Multiple(() =>
        {
            Assert.That(rule, Is.EqualTo("AS-4"));
            Assert.That(assessment.Performance.Total, Is.EqualTo(40));
        });
    }

    [Test]
    public void AS3_the_self_assessment_is_kept_beside_and_not_counted()
    {
        var assessment = given.Scored(scoreTotal: 30);

        assessment.RecordSelfAssessment(TechnicianId, new AssessmentScores(15, 10, 15, 5, 5, 10), "A good month", given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(assessment.SelfScores!.Total, Is.EqualTo(60));
            Assert.That(assessment.SelfComment, Is.EqualTo("A good month"));
            Assert.That(assessment.SelfAssessedAt, Is.EqualTo(given.Clock.Now));
            Assert.That(assessment.Scores!.Total, Is.EqualTo(30));
            Assert.That((assessment.Total, assessment.Grade), Is.EqualTo((70, Grade.B)));
        });
    }

    [Test]
    public void AS3_only_the_technician_assessed_records_the_self_assessment()
    {
        var assessment = given.Draft();

        Assert.That(RuleOf(() => assessment.RecordSelfAssessment(Guid.NewGuid(), ScoresTotalling(60), null, given.Clock)), Is.EqualTo("AS-3"));
    }

    [Test]
    public void AS4_draft_scored_submitted_approved()
    {
        var assessment = given.Draft();

        assessment.Score(ScoresTotalling(45), Lead, Policy, given.Clock);
        var scored = assessment.Status;
        assessment.Submit(Lead, OpenedOn, given.Clock);
        var submitted = assessment.Status;
        assessment.Approve(Manager, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That((scored, submitted, assessment.Status), Is.EqualTo((AssessmentStatus.Scored, AssessmentStatus.Submitted, AssessmentStatus.Approved)));
            Assert.That((assessment.ScoredBy, assessment.SubmittedBy, assessment.ApprovedBy), Is.EqualTo((TeamLead, TeamLead, Manager)));
            Assert.That(assessment.SubmittedLate, Is.False);
            Assert.That(assessment.DomainEvents.OfType<AssessmentApproved>().Single().Total, Is.EqualTo(85));
        });
    }

    [Test]
    public void AS4_the_team_lead_may_score_again_until_submission()
    {
        var assessment = given.Scored(scoreTotal: 40);

        assessment.Score(ScoresTotalling(55), Lead, Policy, given.Clock);

        Assert.That((assessment.Status, assessment.Total), Is.EqualTo((AssessmentStatus.Scored, 95)));
    }

    [Test]
    public void AS4_an_unscored_assessment_cannot_be_submitted()
    {
        var assessment = given.Draft();

        Assert.That(RuleOf(() => assessment.Submit(Lead, OpenedOn, given.Clock)), Is.EqualTo("AS-4"));
    }

    [Test]
    public void AS4_only_a_submitted_assessment_is_approved()
    {
        var assessment = given.Scored();

        Assert.That(RuleOf(() => assessment.Approve(Manager, given.Clock)), Is.EqualTo("AS-4"));
    }

    [TestCase(8, false)]
    [TestCase(9, true)]
    public void AS4_a_submission_after_the_eighth_of_the_next_month_is_accepted_and_marked_late(int day, bool late)
    {
        var assessment = given.Scored();

        assessment.Submit(Lead, new DateOnly(2026, 11, day), given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(assessment.Status, Is.EqualTo(AssessmentStatus.Submitted));
            Assert.That(assessment.SubmittedLate, Is.EqualTo(late));
            Assert.That(assessment.DomainEvents.OfType<AssessmentSubmitted>().Single().Late, Is.EqualTo(late));
        });
    }

    [Test]
    public void AS4_december_is_due_on_the_eighth_of_january()
    {
        var december = MonthlyAssessment.Create(Assessed, AssessmentMonth.Of(2025, 12), NoData, 0, Policy, OpenedOn, TeamLead, Lead.Reach, given.Clock);

        Assert.That(december.DueOn, Is.EqualTo(new DateOnly(2026, 1, 8)));
    }

    [Test]
    public void AS4_scores_and_self_assessment_are_refused_once_submitted()
    {
        var assessment = given.Submitted();

        Assert.Multiple(() =>
        {
            Assert.That(RuleOf(() => assessment.Score(ScoresTotalling(60), Lead, Policy, given.Clock)), Is.EqualTo("AS-4"));
            Assert.That(RuleOf(() => assessment.RecordSelfAssessment(TechnicianId, ScoresTotalling(60), null, given.Clock)), Is.EqualTo("AS-4"));
            Assert.That(RuleOf(() => assessment.Submit(Lead, OpenedOn, given.Clock)), Is.EqualTo("AS-4"));
        });
    }

    [Test]
    public void AS6_an_approved_assessment_is_read_only_except_through_an_amendment()
    {
        var assessment = given.Approved();

        Assert.Multiple(() =>
        {
            Assert.That(RuleOf(() => assessment.Score(ScoresTotalling(60), Lead, Policy, given.Clock)), Is.EqualTo("AS-6"));
            Assert.That(RuleOf(() => assessment.RecordSelfAssessment(TechnicianId, ScoresTotalling(60), null, given.Clock)), Is.EqualTo("AS-6"));
            Assert.That(RuleOf(() => assessment.Approve(Manager, given.Clock)), Is.EqualTo("AS-4"));
            Assert.That(RuleOf(() => assessment.Recompute(NoData, 5, Policy, given.Clock)), Is.EqualTo("AS-4"));
            Assert.That(assessment.Total, Is.EqualTo(90));
        });
    }

    [Test]
    public void AS6_an_amendment_records_reason_who_when_and_the_outcome_before_and_after()
    {
        var assessment = given.Approved(scoreTotal: 50);
        given.Clock.SetUtcNow(given.Clock.Now.AddDays(20));

        assessment.Amend("Coordination on the Huadong job was misjudged", ScoresTotalling(45), Manager, Policy, given.Clock);

        var amendment = assessment.Amendments.Single();
        Assert.Multiple(() =>
        {
            Assert.That(assessment.Status, Is.EqualTo(AssessmentStatus.Approved));
            Assert.That((assessment.Total, assessment.Grade), Is.EqualTo((85, Grade.B)));
            Assert.That(amendment.Reason, Is.EqualTo("Coordination on the Huadong job was misjudged"));
            Assert.That((amendment.AmendedBy, amendment.AmendedAt), Is.EqualTo((Manager, given.Clock.Now)));
            Assert.That((amendment.Before.Total, amendment.Before.Grade, amendment.Before.Scores!.Total), Is.EqualTo((90, Grade.A, 50)));
            Assert.That((amendment.After.Total, amendment.After.Grade, amendment.After.Scores!.Total), Is.EqualTo((85, Grade.B, 45)));
            Assert.That((amendment.After.Performance, amendment.After.ComplaintDeduction, amendment.After.DisciplineDeduction), Is.EqualTo((40, 0, 0)));
            Assert.That(assessment.DomainEvents.OfType<AssessmentAmended>().Single().AmendmentId, Is.EqualTo(amendment.Id));
        });
    }

    [Test]
    public void AS6_only_an_approved_assessment_is_amended()
    {
        var assessment = given.Submitted();

        Assert.That(RuleOf(() => assessment.Amend("Second thoughts", ScoresTotalling(10), Manager, Policy, given.Clock)), Is.EqualTo("AS-6"));
    }

    [Test]
    public void AS6_an_amendment_needs_a_reason_and_a_change()
    {
        var assessment = given.Approved(scoreTotal: 50);

        Assert.Multiple(() =>
        {
            Assert.Throws<InvalidInputException>(() => assessment.Amend(" ", ScoresTotalling(45), Manager, Policy, given.Clock));
            Assert.That(RuleOf(() => assessment.Amend("Same again", ScoresTotalling(50), Manager, Policy, given.Clock)), Is.EqualTo("AS-6"));
            Assert.That(assessment.Amendments, Is.Empty);
            Assert.That(assessment.Total, Is.EqualTo(90));
        });
    }
}
