using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Tests.WorkOrders;

namespace AfterSales.Domain.Tests.Complaints;

/// <summary>CP-8: appeals within 5 working days of notification, decided within 5 working days, one further appeal after a rejection.</summary>
public sealed class ComplaintAppealTests
{
    private ComplaintScenario scenario = null!;

    private TestClock Clock => scenario.Clock;

    [SetUp]
    public void CreateScenario() => scenario = new ComplaintScenario();

    [Test]
    public void CP8_verified_on_friday_an_appeal_on_the_fifth_working_day_the_next_friday_is_in_time()
    {
        var complaint = VerifiedAt(ComplaintScenario.At(11, 20, 10));
        Clock.SetUtcNow(ComplaintScenario.At(11, 27, 17, 30));

        var appeal = scenario.Appeal(complaint);

        Assert.Multiple(() =>
        {
            Assert.That(appeal.Round, Is.EqualTo(1));
            Assert.That(appeal.NotifiedOn, Is.EqualTo(ComplaintScenario.Day(11, 20)));
            Assert.That(appeal.FileBy, Is.EqualTo(ComplaintScenario.Day(11, 27)));
            Assert.That(appeal.FiledOn, Is.EqualTo(ComplaintScenario.Day(11, 27)));
            Assert.That(appeal.DecideBy, Is.EqualTo(ComplaintScenario.Day(12, 4)));
            Assert.That(appeal.IsPending, Is.True);
            Assert.That(complaint.DomainEvents.OfType<ComplaintAppealFiled>().Single().AppealId, Is.EqualTo(appeal.Id));
        });
    }

    [Test]
    public void CP8_verified_on_friday_an_appeal_on_the_sixth_working_day_the_monday_after_is_refused()
    {
        var complaint = VerifiedAt(ComplaintScenario.At(11, 20, 10));
        Clock.SetUtcNow(ComplaintScenario.At(11, 30, 8, 30));

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => scenario.Appeal(complaint));

        Assert.That(refusal.Message, Is.EqualTo("CP-8: an appeal had to be filed within 5 working days of the notification on 2026-11-20, by 2026-11-27"));
        Assert.That(complaint.Appeals, Is.Empty);
    }

    [TestCase(11, 25, true, TestName = "CP8_verified_on_wednesday_the_fifth_working_day_across_the_weekend_is_the_next_wednesday")]
    [TestCase(11, 26, false, TestName = "CP8_verified_on_wednesday_the_thursday_after_next_is_the_sixth_working_day_and_too_late")]
    [TestCase(11, 21, true, TestName = "CP8_the_weekend_within_the_period_counts_no_working_day")]
    public void CP8_the_appeal_period_counts_working_days_across_a_weekend(int month, int day, bool inTime)
    {
        var complaint = VerifiedAt(ComplaintScenario.At(11, 18, 10));
        Clock.SetUtcNow(ComplaintScenario.At(month, day, 16));

        if (inTime)
        {
            Assert.That(scenario.Appeal(complaint).FileBy, Is.EqualTo(ComplaintScenario.Day(11, 25)));
        }
        else
        {
            Assert.That(WorkOrderScenario.RuleOf(() => scenario.Appeal(complaint)), Is.EqualTo("CP-8"));
        }
    }

    [TestCase(10, 13, true, TestName = "CP8_verified_before_national_day_the_fifth_working_day_is_13_october")]
    [TestCase(10, 14, false, TestName = "CP8_verified_before_national_day_14_october_is_too_late")]
    public void CP8_the_appeal_period_skips_the_configured_holidays(int month, int day, bool inTime)
    {
        var complaint = VerifiedAt(ComplaintScenario.At(9, 29, 10));
        Clock.SetUtcNow(ComplaintScenario.At(month, day, 9));

        if (inTime)
        {
            Assert.That(scenario.Appeal(complaint).FileBy, Is.EqualTo(ComplaintScenario.Day(10, 13)));
        }
        else
        {
            Assert.That(WorkOrderScenario.RuleOf(() => scenario.Appeal(complaint)), Is.EqualTo("CP-8"));
        }
    }

    [Test]
    public void CP8_an_upheld_appeal_removes_the_penalty_and_the_deduction()
    {
        var complaint = scenario.Verify(scenario.Investigating(), 300.00m, falsifiedRecord: true);
        var appeal = scenario.Appeal(complaint);
        Clock.SetUtcNow(ComplaintScenario.At(11, 18, 10));

        complaint.DecideAppeal(appeal.Id, true, "The seal was faulty from the supplier", ComplaintScenario.ManagerDeciding, Clock);

        var upheld = complaint.DomainEvents.OfType<ComplaintAppealUpheld>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(appeal.Upheld, Is.True);
            Assert.That(appeal.DecidedBy, Is.EqualTo(ComplaintScenario.Manager));
            Assert.That(appeal.DecidedAt, Is.EqualTo(ComplaintScenario.At(11, 18, 10)));
            Assert.That(complaint.IsOverturned, Is.True);
            Assert.That(complaint.Penalty, Is.EqualTo(0.00m));
            Assert.That(complaint.BasePenalty, Is.EqualTo(300.00m), "the verifier's amount stays on record");
            Assert.That(complaint.DeductionPoints, Is.EqualTo(0));
            Assert.That(upheld.ResponsibleTechnicianId, Is.EqualTo(scenario.Technician.Id));
            Assert.That(upheld.DeductionMonth, Is.EqualTo(ComplaintScenario.Day(11, 1)));
            Assert.That(upheld.DeductionPoints, Is.EqualTo(15));
        });
        Assert.That(WorkOrderScenario.RuleOf(() => scenario.Appeal(complaint)), Is.EqualTo("CP-8"), "nothing is left to appeal");
    }

    [Test]
    public void CP8_after_a_rejection_one_further_appeal_runs_from_the_rejection_and_a_third_is_refused()
    {
        var complaint = scenario.Verified();
        var first = scenario.Appeal(complaint);
        Clock.SetUtcNow(ComplaintScenario.At(11, 18, 10));
        complaint.DecideAppeal(first.Id, false, "The seal was fitted the wrong way round", ComplaintScenario.ManagerDeciding, Clock);
        Clock.SetUtcNow(ComplaintScenario.At(11, 25, 17));

        var second = scenario.Appeal(complaint);

        Assert.Multiple(() =>
        {
            Assert.That(complaint.Penalty, Is.EqualTo(300.00m), "a rejection leaves the penalty");
            Assert.That(complaint.DomainEvents.OfType<ComplaintAppealRejected>().Single().AppealId, Is.EqualTo(first.Id));
            Assert.That(second.Round, Is.EqualTo(2));
            Assert.That(second.NotifiedOn, Is.EqualTo(ComplaintScenario.Day(11, 18)));
            Assert.That(second.FileBy, Is.EqualTo(ComplaintScenario.Day(11, 25)));
        });

        complaint.DecideAppeal(second.Id, false, "Management confirms", ComplaintScenario.DirectorDeciding, Clock);
        var third = Assert.Throws<BusinessRuleViolationException>(() => scenario.Appeal(complaint));

        Assert.That(third.Message, Is.EqualTo("CP-8: CP-2026-000001 was appealed 2 times; a rejected appeal allows one further appeal, no more"));
    }

    [Test]
    public void CP8_the_further_appeal_is_refused_after_5_working_days_from_the_rejection()
    {
        var complaint = scenario.Verified();
        var first = scenario.Appeal(complaint);
        Clock.SetUtcNow(ComplaintScenario.At(11, 18, 10));
        complaint.DecideAppeal(first.Id, false, "Confirmed", ComplaintScenario.ManagerDeciding, Clock);
        Clock.SetUtcNow(ComplaintScenario.At(11, 26, 9));

        Assert.That(WorkOrderScenario.RuleOf(() => scenario.Appeal(complaint)), Is.EqualTo("CP-8"));
    }

    [Test]
    public void CP8_no_second_appeal_while_the_first_awaits_its_decision()
    {
        var complaint = scenario.Verified();
        scenario.Appeal(complaint);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => scenario.Appeal(complaint));

        Assert.That(refusal.Message, Is.EqualTo("CP-8: appeal 1 against CP-2026-000001 still awaits its decision"));
    }

    [Test]
    public void CP8_an_unfounded_complaint_has_nothing_to_appeal()
    {
        var complaint = scenario.Investigating();
        complaint.Dismiss("Customer error", ComplaintScenario.Lead, null, ComplaintScenario.Policy.Calendar, Clock);

        Assert.That(WorkOrderScenario.RuleOf(() => scenario.Appeal(complaint)), Is.EqualTo("CP-8"));
    }

    [Test]
    public void CP8_a_decision_is_due_within_5_working_days_of_filing_and_flagged_when_overdue()
    {
        var complaint = scenario.Verified();

        var appeal = scenario.Appeal(complaint);

        Assert.Multiple(() =>
        {
            Assert.That(appeal.DecideBy, Is.EqualTo(ComplaintScenario.Day(11, 23)));
            Assert.That(appeal.IsDecisionOverdueOn(ComplaintScenario.Day(11, 23)), Is.False);
            Assert.That(appeal.IsDecisionOverdueOn(ComplaintScenario.Day(11, 24)), Is.True);
        });

        Clock.SetUtcNow(ComplaintScenario.At(11, 25, 10));
        complaint.DecideAppeal(appeal.Id, false, "Confirmed, late", ComplaintScenario.ManagerDeciding, Clock);

        Assert.That(appeal.IsDecisionOverdueOn(ComplaintScenario.Day(11, 25)), Is.False, "a late decision is still taken");
    }

    [Test]
    public void CP8_an_appeal_is_decided_once()
    {
        var complaint = scenario.Verified();
        var appeal = scenario.Appeal(complaint);
        complaint.DecideAppeal(appeal.Id, false, "Confirmed", ComplaintScenario.ManagerDeciding, Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => complaint.DecideAppeal(appeal.Id, true, "Changed my mind", ComplaintScenario.ManagerDeciding, Clock));

        Assert.That(refusal.Message, Is.EqualTo("CP-8: appeal 1 was already rejected"));
        Assert.That(complaint.Penalty, Is.EqualTo(300.00m));
    }

    [Test]
    public void CP8_an_unknown_appeal_is_not_found()
    {
        var complaint = scenario.Verified();

        Assert.Throws<NotFoundException>(() => complaint.DecideAppeal(Guid.NewGuid(), true, "?", ComplaintScenario.ManagerDeciding, Clock));
    }

    private Complaint VerifiedAt(DateTimeOffset at)
    {
        Clock.SetUtcNow(at);
        return scenario.Verified();
    }

    [Test]
    public void CP8_the_further_appeal_is_decided_by_a_director_who_did_not_decide_the_first()
    {
        var complaint = scenario.Verified();
        var first = scenario.Appeal(complaint);
        Clock.SetUtcNow(ComplaintScenario.At(11, 18, 10));
        var directorWhoDecidedFirst = new Actor("director.zhou", null, IsManager: true, IsDirector: true);
        complaint.DecideAppeal(first.Id, false, "Fitted the wrong way round", directorWhoDecidedFirst, Clock);
        Clock.SetUtcNow(ComplaintScenario.At(11, 20, 10));
        var second = scenario.Appeal(complaint);

        var byAManager = Assert.Throws<BusinessRuleViolationException>(() => complaint.DecideAppeal(second.Id, true, "Upheld", ComplaintScenario.ManagerDeciding, Clock));
        var bySameDirector = Assert.Throws<BusinessRuleViolationException>(() => complaint.DecideAppeal(second.Id, true, "Upheld", directorWhoDecidedFirst, Clock));
        complaint.DecideAppeal(second.Id, true, "The seal was faulty from the supplier", new Actor("director.qian", null, IsManager: true, IsDirector: true), Clock);

        Assert.Multiple(() =>
        {
            Assert.That(byAManager!.Message, Is.EqualTo("CP-8: the further appeal against CP-2026-000001 is decided by a Director"));
            Assert.That(bySameDirector!.Message, Is.EqualTo("CP-8: director.zhou decided the first appeal against CP-2026-000001; another Director decides the further one"));
            Assert.That(second.DecidedBy, Is.EqualTo("director.qian"));
            Assert.That(complaint.Penalty, Is.EqualTo(0.00m), "upheld on the further appeal, the penalty is removed");
        });
    }
}
