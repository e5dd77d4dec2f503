using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Technicians;

namespace AfterSales.Domain.Tests.Complaints;

/// <summary>CP-4 responsibility, CP-5 penalty and its doublings, CP-6 the assessment deduction.</summary>
public sealed class ComplaintPenaltyTests
{
    private ComplaintScenario scenario = null!;

    private TestClock Clock => scenario.Clock;

    [SetUp]
    public void CreateScenario() => scenario = new ComplaintScenario();

    [Test]
    public void CP4_the_named_technician_answers_for_a_verified_complaint()
    {
        var complaint = scenario.Investigating();

        complaint.Verify("Rude to the customer", scenario.Colleague, 100.00m, false, false, [], ComplaintScenario.Lead, null, ComplaintScenario.Policy, Clock);

        Assert.That(complaint.ResponsibleTechnicianId, Is.EqualTo(scenario.Colleague.Id));
        Assert.That(complaint.Concerns(scenario.Colleague.Id), Is.True);
        Assert.That(complaint.Concerns(scenario.Technician.Id), Is.True, "still the accused");
    }

    [Test]
    public void CP4_when_nobody_is_named_the_one_team_lead_of_the_team_answers()
    {
        var lead = scenario.Hire("T-0001", "East", Position.TeamLead);
        var otherTeamsLead = scenario.Hire("T-0002", "West", Position.TeamLead);
        var leadOnLeave = scenario.Hire("T-0003", "East", Position.TeamLead);
        leadOnLeave.GoOnLeave(Clock);

        Assert.That(
            () => Technician.TeamLeadOf("East", [scenario.Technician, lead, otherTeamsLead, leadOnLeave]),
            Throws.TypeOf<BusinessRuleViolationException>().With.Message.EqualTo("CP-4: team East has 2 team leads; name the responsible technician"),
            "a lead on leave still leads the team");
        Assert.That(Technician.TeamLeadOf("East", [scenario.Technician, lead, otherTeamsLead]), Is.SameAs(lead));
    }

    [Test]
    public void CP4_a_team_without_a_team_lead_leaves_the_verifier_to_name_someone()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => Technician.TeamLeadOf("East", [scenario.Technician, scenario.Colleague]));

        Assert.That(refusal.Message, Is.EqualTo("CP-4: team East has no team lead to answer for the complaint; name the responsible technician"));
    }

    [Test]
    public void CP5_a_penalty_of_300_is_300_when_nothing_doubles_it()
    {
        var complaint = scenario.Verify(scenario.Investigating(equipment: scenario.Equipment), 300.00m);

        Assert.Multiple(() =>
        {
            Assert.That(complaint.BasePenalty, Is.EqualTo(300.00m));
            Assert.That(complaint.PenaltyMultiplier, Is.EqualTo(1));
            Assert.That(complaint.Penalty, Is.EqualTo(300.00m));
        });
    }

    [Test]
    public void CP5_a_repeat_complaint_about_the_same_work_order_doubles_300_to_600()
    {
        var order = scenario.Orders.Assigned();
        var first = scenario.Verify(scenario.Investigating(ComplaintCategory.Timeliness, workOrder: order));
        Clock.SetUtcNow(ComplaintScenario.At(12, 20, 10));
        var again = scenario.Investigating(ComplaintCategory.Quality, workOrder: order);

        scenario.Verify(again, 300.00m, false, first);

        Assert.That(again.RepeatComplaint, Is.True, "the same order, whatever the category");
        Assert.That(again.Penalty, Is.EqualTo(600.00m));
    }

    [Test]
    public void CP5_a_falsified_record_doubles_300_to_600()
    {
        var complaint = scenario.Verify(scenario.Investigating(), 300.00m, falsifiedRecord: true);

        Assert.That(complaint.FalsifiedRecord, Is.True);
        Assert.That(complaint.Penalty, Is.EqualTo(600.00m));
    }

    [Test]
    public void CP5_a_repeat_caused_by_an_inspection_not_done_properly_shows_base_300_two_factors_and_1200()
    {
        var first = scenario.Verified();
        Clock.SetUtcNow(ComplaintScenario.At(11, 17, 10));
        var again = scenario.Investigating(equipment: scenario.Equipment);

        again.Verify("Backup recorded as done was never run", scenario.Technician, 300.00m, false, true, [first], ComplaintScenario.Lead, null, ComplaintScenario.Policy, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(again.BasePenalty, Is.EqualTo(300.00m));
            Assert.That(again.PenaltyFactors, Is.EqualTo(new[]
            {
                new PenaltyFactor(PenaltyFactorReason.RepeatComplaint, 2),
                new PenaltyFactor(PenaltyFactorReason.FalsifiedOrNotDoneProperly, 2),
            }));
            Assert.That(again.Penalty, Is.EqualTo(1200.00m));
        });
    }

    [Test]
    public void CP5_falsified_and_not_done_properly_are_one_cause_and_double_300_once_to_600()
    {
        var complaint = scenario.Investigating();

        complaint.Verify("Inspection sheet signed, machine never opened", scenario.Technician, 300.00m, true, true, [], ComplaintScenario.Lead, null, ComplaintScenario.Policy, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(complaint.PenaltyFactors, Is.EqualTo(new[] { new PenaltyFactor(PenaltyFactorReason.FalsifiedOrNotDoneProperly, 2) }));
            Assert.That(complaint.PenaltyMultiplier, Is.EqualTo(2));
            Assert.That(complaint.Penalty, Is.EqualTo(600.00m));
        });
    }

    [Test]
    public void CP5_the_most_a_penalty_reaches_is_the_500_base_times_4_that_is_2000()
    {
        var first = scenario.Verified();
        Clock.SetUtcNow(ComplaintScenario.At(11, 17, 10));
        var again = scenario.Investigating(equipment: scenario.Equipment);

        again.Verify("Falsified again", scenario.Technician, 500.00m, true, true, [first], ComplaintScenario.Lead, null, ComplaintScenario.Policy, Clock);

        Assert.That(again.Penalty, Is.EqualTo(2000.00m));
        Assert.Throws<InvalidInputException>(() => scenario.Verify(scenario.Investigating(), 500.01m), "the range bounds the base, not the effective amount");
    }

    [Test]
    public void CP5_a_repeat_caused_by_a_falsified_record_is_doubled_twice_300_to_1200()
    {
        var first = scenario.Verified();
        Clock.SetUtcNow(ComplaintScenario.At(11, 17, 10));
        var again = scenario.Investigating(equipment: scenario.Equipment);

        scenario.Verify(again, 300.00m, true, first);

        Assert.That(again.PenaltyMultiplier, Is.EqualTo(4));
        Assert.That(again.Penalty, Is.EqualTo(1200.00m));
    }

    [TestCase(11, 16, true, TestName = "CP5_the_same_machine_and_category_registered_the_same_day_is_a_repeat")]
    [TestCase(8, 18, true, TestName = "CP5_the_same_machine_and_category_registered_90_days_earlier_is_a_repeat")]
    [TestCase(8, 17, false, TestName = "CP5_the_same_machine_and_category_registered_91_days_earlier_is_not_a_repeat")]
    public void CP5_the_repeat_window_is_90_days_between_registration_days(int month, int day, bool repeat)
    {
        Clock.SetUtcNow(ComplaintScenario.At(month, day, 9));
        var first = scenario.Verified();
        Clock.SetUtcNow(ComplaintScenario.At(11, 16, 10));
        var again = scenario.Investigating(equipment: scenario.Equipment);

        scenario.Verify(again, 300.00m, false, first);

        Assert.That(again.Penalty, Is.EqualTo(repeat ? 600.00m : 300.00m));
        Assert.That(again.RepeatWindowStart(ComplaintScenario.Policy.RepeatWindowDays), Is.EqualTo(ComplaintScenario.Day(8, 18)));
    }

    [Test]
    public void CP5_the_same_machine_in_another_category_is_not_a_repeat()
    {
        var first = scenario.Verified(ComplaintCategory.Billing);
        Clock.SetUtcNow(ComplaintScenario.At(11, 17, 10));
        var again = scenario.Investigating(ComplaintCategory.Quality, equipment: scenario.Equipment);

        scenario.Verify(again, 300.00m, false, first);

        Assert.That(again.Penalty, Is.EqualTo(300.00m));
    }

    [Test]
    public void CP5_an_unfounded_or_overturned_earlier_complaint_is_not_repeated()
    {
        var unfounded = scenario.Investigating(equipment: scenario.Equipment);
        unfounded.Dismiss("Customer error", ComplaintScenario.Lead, null, ComplaintScenario.Policy.Calendar, Clock);
        var overturned = scenario.Verified();
        overturned.DecideAppeal(scenario.Appeal(overturned).Id, true, "Faulty seal from the supplier", ComplaintScenario.ManagerDeciding, Clock);
        var pending = scenario.Investigating(equipment: scenario.Equipment);
        Clock.SetUtcNow(ComplaintScenario.At(11, 17, 10));
        var again = scenario.Investigating(equipment: scenario.Equipment);

        scenario.Verify(again, 300.00m, false, unfounded, overturned, pending);

        Assert.That(again.RepeatComplaint, Is.False);
    }

    [Test]
    public void CP5_a_later_registered_complaint_verified_first_is_not_repeated_by_an_earlier_one()
    {
        var earlier = scenario.Investigating(equipment: scenario.Equipment);
        Clock.SetUtcNow(ComplaintScenario.At(11, 16, 11));
        var later = scenario.Verified();

        scenario.Verify(earlier, 300.00m, false, later);

        Assert.That(earlier.Penalty, Is.EqualTo(300.00m));
    }

    [TestCase(49.99)]
    [TestCase(500.01)]
    [TestCase(120.005)]
    public void CP5_a_penalty_outside_50_to_500_is_refused(decimal penalty)
    {
        var complaint = scenario.Investigating();

        Assert.Throws<InvalidInputException>(() => scenario.Verify(complaint, penalty));
        Assert.That(complaint.Status, Is.EqualTo(ComplaintStatus.Investigating));
    }

    [TestCase(50.00)]
    [TestCase(500.00)]
    public void CP5_the_bounds_50_and_500_are_penalties(decimal penalty)
    {
        var complaint = scenario.Verify(scenario.Investigating(), penalty);

        Assert.That(complaint.Penalty, Is.EqualTo(penalty));
    }

    [Test]
    public void CP6_a_verified_complaint_deducts_15_points_from_the_responsible_technicians_assessment_of_the_month_it_was_verified()
    {
        var complaint = scenario.Investigating();
        Clock.SetUtcNow(ComplaintScenario.At(11, 30, 23, 30));

        scenario.Verify(complaint);

        var verified = complaint.DomainEvents.OfType<ComplaintVerified>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(verified.ComplaintId, Is.EqualTo(complaint.Id));
            Assert.That(verified.ResponsibleTechnicianId, Is.EqualTo(scenario.Technician.Id));
            Assert.That(verified.OccurredAt, Is.EqualTo(ComplaintScenario.At(11, 30, 23, 30)));
            Assert.That(verified.VerifiedOn, Is.EqualTo(ComplaintScenario.Day(11, 30)));
            Assert.That(verified.DeductionMonth, Is.EqualTo(ComplaintScenario.Day(11, 1)));
            Assert.That(verified.DeductionPoints, Is.EqualTo(15));
            Assert.That(verified.Penalty, Is.EqualTo(300.00m));
            Assert.That(complaint.DeductionPoints, Is.EqualTo(15));
            Assert.That(complaint.DeductionMonth, Is.EqualTo(ComplaintScenario.Day(11, 1)));
        });
    }

    [Test]
    public void CP6_the_month_is_the_companys_a_verification_after_midnight_in_shanghai_counts_for_december()
    {
        var complaint = scenario.Investigating();
        Clock.SetUtcNow(ComplaintScenario.At(12, 1, 0, 30));

        scenario.Verify(complaint);

        Assert.That(Clock.GetUtcNow().Month, Is.EqualTo(11), "still November in UTC");
        Assert.That(complaint.DomainEvents.OfType<ComplaintVerified>().Single().DeductionMonth, Is.EqualTo(ComplaintScenario.Day(12, 1)));
    }
}
