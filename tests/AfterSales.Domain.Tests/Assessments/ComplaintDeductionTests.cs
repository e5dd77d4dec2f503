using AfterSales.Domain.Assessments;
using static AfterSales.Domain.Tests.Assessments.AssessmentScenario;

namespace AfterSales.Domain.Tests.Assessments;

/// <summary>The seam the complaint feature plugs into: CP-6 deductions and CP-8 reversals in every state.</summary>
public sealed class ComplaintDeductionTests
{
    private const string Number = "CP-2026-000003";
    private static readonly Guid ComplaintId = Guid.Parse("0199f000-0000-7000-8000-0000000000c3");

    private AssessmentScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new AssessmentScenario();

    [Test]
    public void CP6_a_verified_complaint_deducts_its_points_from_a_draft()
    {
        var assessment = given.Draft();

        Verify(assessment);

        var deduction = assessment.Complaints.Single();
        Assert.Multiple(() =>
        {
            Assert.That((assessment.ComplaintDeduction, assessment.ComplaintCount, assessment.Total), Is.EqualTo((15, 1, 25)));
            Assert.That((deduction.ComplaintId, deduction.ComplaintNumber, deduction.Points, deduction.Counts), Is.EqualTo((ComplaintId, Number, 15, true)));
            Assert.That(assessment.DomainEvents.OfType<ComplaintDeductionRecorded>().Single().Points, Is.EqualTo(15));
            Assert.That(assessment.Amendments, Is.Empty);
        });
    }

    [Test]
    public void CP6_a_complaint_is_counted_once_however_often_it_is_reported()
    {
        var assessment = given.Scored();

        Verify(assessment);
        Verify(assessment);

        Assert.Multiple(() =>
        {
            Assert.That((assessment.ComplaintDeduction, assessment.ComplaintCount), Is.EqualTo((15, 1)));
            Assert.That(assessment.DomainEvents.OfType<ComplaintDeductionRecorded>().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void CP6_each_complaint_deducts_separately()
    {
        var assessment = given.Scored(scoreTotal: 50);

        Verify(assessment);
        assessment.RecordVerifiedComplaint(Guid.NewGuid(), "CP-2026-000004", 15, Policy, TeamLead, given.Clock);

        Assert.That((assessment.ComplaintDeduction, assessment.Total, assessment.PayAdjustment.ComplaintPercent), Is.EqualTo((30, 60, -10)));
    }

    [Test]
    public void CP6_a_submitted_assessment_still_takes_the_deduction_without_an_amendment()
    {
        var assessment = given.Submitted(scoreTotal: 50);

        Verify(assessment);

        Assert.Multiple(() =>
        {
            Assert.That((assessment.Status, assessment.Total, assessment.Grade), Is.EqualTo((AssessmentStatus.Submitted, 75, Grade.B)));
            Assert.That(assessment.Amendments, Is.Empty);
        });
    }

    [Test]
    public void CP6_an_approved_assessment_takes_the_deduction_through_a_recorded_amendment()
    {
        var assessment = given.Approved(scoreTotal: 50);

        Verify(assessment);
        Verify(assessment);

        var amendment = assessment.Amendments.Single();
        Assert.Multiple(() =>
        {
            Assert.That((assessment.Status, assessment.Total, assessment.Grade), Is.EqualTo((AssessmentStatus.Approved, 75, Grade.B)));
            Assert.That(amendment.Reason, Is.EqualTo("complaint CP-2026-000003 verified (CP-6)"));
            Assert.That(amendment.AmendedBy, Is.EqualTo(TeamLead));
            Assert.That((amendment.Before.ComplaintDeduction, amendment.Before.Total, amendment.Before.Grade, amendment.Before.PayAdjustmentPercent), Is.EqualTo((0, 90, Grade.A, 0)));
            Assert.That((amendment.After.ComplaintDeduction, amendment.After.Total, amendment.After.Grade, amendment.After.PayAdjustmentPercent), Is.EqualTo((15, 75, Grade.B, -5)));
        });
    }

    [Test]
    public void CP8_an_upheld_appeal_gives_the_points_back_and_keeps_the_record()
    {
        var assessment = given.Scored(scoreTotal: 50);
        Verify(assessment);

        assessment.WithdrawComplaint(ComplaintId, Policy, TeamLead, given.Clock);

        var deduction = assessment.Complaints.Single();
        Assert.Multiple(() =>
        {
            Assert.That((assessment.ComplaintDeduction, assessment.ComplaintCount, assessment.Total), Is.EqualTo((0, 0, 90)));
            Assert.That((deduction.Counts, deduction.WithdrawnAt), Is.EqualTo((false, (DateTimeOffset?)given.Clock.Now)));
            Assert.That(assessment.DomainEvents.OfType<ComplaintDeductionWithdrawn>().Single().ComplaintId, Is.EqualTo(ComplaintId));
        });
    }

    [Test]
    public void CP8_an_upheld_appeal_on_an_approved_assessment_is_a_recorded_amendment()
    {
        var assessment = given.Approved(scoreTotal: 50);
        Verify(assessment);

        assessment.WithdrawComplaint(ComplaintId, Policy, "manager.amy", given.Clock);
        assessment.WithdrawComplaint(ComplaintId, Policy, "manager.amy", given.Clock);

        var reversal = assessment.Amendments.Last();
        Assert.Multiple(() =>
        {
            Assert.That(assessment.Amendments, Has.Count.EqualTo(2));
            Assert.That(reversal.Reason, Is.EqualTo("complaint CP-2026-000003 overturned on appeal (CP-8)"));
            Assert.That((reversal.Before.Total, reversal.After.Total), Is.EqualTo((75, 90)));
            Assert.That((reversal.Before.Grade, reversal.After.Grade), Is.EqualTo((Grade.B, Grade.A)));
            Assert.That(assessment.Total, Is.EqualTo(90));
        });
    }

    [Test]
    public void CP8_withdrawing_a_complaint_that_was_never_counted_changes_nothing()
    {
        var assessment = given.Approved();
        var eventsBefore = assessment.DomainEvents.Count;

        assessment.WithdrawComplaint(ComplaintId, Policy, TeamLead, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(assessment.Amendments, Is.Empty);
            Assert.That(assessment.DomainEvents, Has.Count.EqualTo(eventsBefore));
            Assert.That(assessment.Total, Is.EqualTo(90));
        });
    }

    [Test]
    public void CP6_a_complaint_verified_again_after_its_appeal_counts_again()
    {
        var assessment = given.Scored(scoreTotal: 50);
        Verify(assessment);
        assessment.WithdrawComplaint(ComplaintId, Policy, TeamLead, given.Clock);

        Verify(assessment);

        Assert.Multiple(() =>
        {
            Assert.That(assessment.Complaints, Has.Count.EqualTo(2));
            Assert.That((assessment.ComplaintDeduction, assessment.ComplaintCount, assessment.Total), Is.EqualTo((15, 1, 75)));
        });
    }

    private void Verify(MonthlyAssessment assessment) =>
        assessment.RecordVerifiedComplaint(ComplaintId, Number, 15, Policy, TeamLead, given.Clock);
}
