using AfterSales.Domain.Common;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.WorkOrders;

public sealed class WorkOrderFollowUpTests
{
    private const int ReopenWindowDays = 30;

    private WorkOrderScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new WorkOrderScenario();

    [TestCase(0, 3, 3, 3)]
    [TestCase(3, 5, 3, 3)]
    [TestCase(3, 3, 0, 3)]
    [TestCase(3, 3, 3, 5)]
    public void WO13_survey_answers_are_1_to_4(int attitude, int skill, int punctuality, int promiseKeeping)
    {
        Assert.Throws<InvalidInputException>(() => _ = new Survey(attitude, skill, punctuality, promiseKeeping));
    }

    [Test]
    public void WO13_a_satisfied_follow_up_closes_the_order()
    {
        var order = given.Resolved();
        given.Clock.SetUtcNow(FollowedUpAt);

        order.RecordFollowUp(true, new Survey(1, 2, 3, 4), "Arrived late but fixed it", Dispatcher, WorkOrderScenario.Sla, given.Clock);

        var followUp = order.FollowUps.Single();
        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Closed));
            Assert.That(order.ClosedAt, Is.EqualTo(FollowedUpAt));
            Assert.That(order.IsOpen, Is.False);
            Assert.That(followUp.Survey, Is.EqualTo(new Survey(1, 2, 3, 4)));
            Assert.That(followUp.Comments, Is.EqualTo("Arrived late but fixed it"));
            Assert.That(followUp.RecordedAt, Is.EqualTo(FollowedUpAt));
            Assert.That(order.ClockOf(SlaClockName.FollowUp).State, Is.EqualTo(SlaState.Met));
            Assert.That(order.ClockOf(SlaClockName.FollowUp).StoppedAt, Is.EqualTo(FollowedUpAt));
        });
    }

    [Test]
    public void WO13_an_unsatisfied_follow_up_sends_the_order_back_to_the_same_technician()
    {
        var order = given.Resolved();
        given.Clock.SetUtcNow(FollowedUpAt);

        order.RecordFollowUp(false, new Survey(2, 1, 3, 2), "Still vibrates", Dispatcher, WorkOrderScenario.Sla, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Assigned));
            Assert.That(order.TechnicianId, Is.EqualTo(given.Technician.Id));
            Assert.That(order.ReopenCount, Is.EqualTo(1));
            Assert.That(order.LastReopenReason, Is.EqualTo("Still vibrates"));
            Assert.That(order.LastReopenedAt, Is.EqualTo(FollowedUpAt));
            Assert.That(order.ClosedAt, Is.Null);
            Assert.That(order.ArrivedAt, Is.Null);
            Assert.That(order.FollowUps.Single().Satisfied, Is.False);
        });
    }

    [Test]
    public void WO13_an_unsatisfied_follow_up_with_a_long_comment_still_sends_the_order_back()
    {
        // Follow-up comments may run to 2,000 characters; the reopen reason keeps the first 500.
        var order = given.Resolved();
        var comments = new string('x', 1200);

        order.RecordFollowUp(false, new Survey(1, 1, 1, 1), comments, Dispatcher, WorkOrderScenario.Sla, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Assigned));
            Assert.That(order.FollowUps.Single().Comments, Is.EqualTo(comments));
            Assert.That(order.LastReopenReason, Is.EqualTo(new string('x', 500)));
        });
    }

    [Test]
    public void WO13_the_reopen_reason_does_not_split_a_character_at_its_500th()
    {
        var order = given.Resolved();
        var comments = new string('x', 499) + "\U0001F621 still vibrates";

        order.RecordFollowUp(false, new Survey(1, 1, 1, 1), comments, Dispatcher, WorkOrderScenario.Sla, given.Clock);

        Assert.That(order.LastReopenReason, Is.EqualTo(new string('x', 499)));
    }

    [Test]
    public void WO13_a_closed_order_is_reopened_within_30_days()
    {
        var order = given.Closed();
        given.Clock.SetUtcNow(FollowedUpAt.AddDays(30));

        order.Reopen("Vibration is back", ReopenWindowDays, given.Technician, null, Dispatcher, Sla, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Assigned));
            Assert.That(order.TechnicianId, Is.EqualTo(given.Technician.Id));
            Assert.That(order.ReopenCount, Is.EqualTo(1));
            Assert.That(order.LastReopenReason, Is.EqualTo("Vibration is back"));
            Assert.That(order.LastReopenedAt, Is.EqualTo(FollowedUpAt.AddDays(30)));
            Assert.That(order.ClosedAt, Is.Null);
        });
    }

    [Test]
    public void WO13_a_closed_order_cannot_be_reopened_after_31_days()
    {
        var order = given.Closed();
        given.Clock.SetUtcNow(FollowedUpAt.AddDays(31));

        Assert.That(RuleOf(() => order.Reopen("Vibration is back", ReopenWindowDays, given.Technician, null, Dispatcher, Sla, given.Clock)), Is.EqualTo("WO-13"));
        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Closed));
            Assert.That(order.ClosedAt, Is.EqualTo(FollowedUpAt));
            Assert.That(order.ReopenCount, Is.Zero);
        });
    }

    [Test]
    public void WO13_an_order_that_is_not_closed_cannot_be_reopened()
    {
        var order = given.Resolved();

        Assert.That(RuleOf(() => order.Reopen("Vibration is back", ReopenWindowDays, given.Technician, null, Dispatcher, Sla, given.Clock)), Is.EqualTo("WO-13"));
        Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Resolved));
    }

    [TestCase(WorkOrderStatus.Registered)]
    [TestCase(WorkOrderStatus.Assigned)]
    [TestCase(WorkOrderStatus.Scheduled)]
    public void WO1_an_order_is_cancelled_before_work_starts_and_its_running_clocks_stop_applying(WorkOrderStatus status)
    {
        var order = status switch
        {
            WorkOrderStatus.Registered => given.Register(),
            WorkOrderStatus.Assigned => given.Assigned(),
            _ => given.Scheduled(ResolutionMethod.OnSite),
        };
        given.Clock.SetUtcNow(At(11, 16, 13));

        order.Cancel("Customer fixed it himself", given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Cancelled));
            Assert.That(order.CancelledAt, Is.EqualTo(At(11, 16, 13)));
            Assert.That(order.CancelReason, Is.EqualTo("Customer fixed it himself"));
            Assert.That(order.IsOpen, Is.False);
            Assert.That(order.ClockOf(SlaClockName.Resolution).State, Is.EqualTo(SlaState.NotApplicable));
            Assert.That(order.ClockOf(SlaClockName.Arrival).State, Is.EqualTo(SlaState.NotApplicable));
            Assert.That(order.Clocks.Where(clock => clock.IsRunning), Is.Empty);
            Assert.That(order.ClockOf(SlaClockName.Dispatch).State, Is.EqualTo(status == WorkOrderStatus.Registered ? SlaState.NotApplicable : SlaState.Met));
        });
    }

    [Test]
    public void WO1_cancelling_keeps_a_breached_clock_breached()
    {
        var order = given.Register();
        order.DetectBreaches(At(11, 16, 22, 1));
        given.Clock.SetUtcNow(At(11, 16, 22, 5));

        order.Cancel("Duplicate of WO-2026-000016", given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.ClockOf(SlaClockName.Dispatch).State, Is.EqualTo(SlaState.Breached));
            Assert.That(order.ClockOf(SlaClockName.Arrival).State, Is.EqualTo(SlaState.NotApplicable));
            Assert.That(order.ClockOf(SlaClockName.Resolution).State, Is.EqualTo(SlaState.NotApplicable));
        });
    }

    [Test]
    public void WO13_a_reopened_order_resolved_again_gets_a_new_follow_up_deadline()
    {
        var order = given.Resolved(ResolutionMethod.PhoneGuidance);
        given.Clock.SetUtcNow(At(11, 17, 9));
        order.RecordFollowUp(false, new Survey(2, 2, 3, 3), "Still vibrates", "desk.li", WorkOrderScenario.Sla, given.Clock);
        order.RecordContact(null, "Called again", given.Clock);
        order.StartWork(given.Clock);
        given.Clock.SetUtcNow(At(11, 18, 15));

        order.Resolve("Balanced the chuck", null, Sla, given.Clock);

        var followUp = order.ClockOf(SlaClockName.FollowUp);
        Assert.Multiple(() =>
        {
            Assert.That(followUp.State, Is.EqualTo(SlaState.Pending));
            Assert.That(followUp.StartedAt, Is.EqualTo(At(11, 18, 15)));
            Assert.That(followUp.Deadline, Is.EqualTo(At(11, 19, 15)));
            Assert.That(order.SignOff, Is.Null, "a new resolution needs its own sign-off");
        });
    }

    [Test]
    public void WO8_cancelling_records_a_breach_that_was_due_but_not_yet_detected()
    {
        var order = given.Register();
        given.Clock.SetUtcNow(At(11, 16, 22, 5)); // dispatch was due at 22:00; no sweep has run

        order.Cancel("Customer withdrew", given.Clock);

        Assert.That(order.ClockOf(SlaClockName.Dispatch).State, Is.EqualTo(SlaState.Breached));
    }

    [Test]
    public void WO1_an_order_in_progress_cannot_be_cancelled()
    {
        var order = given.InProgress(ResolutionMethod.OnSite);

        Assert.That(RuleOf(() => order.Cancel("Too late", given.Clock)), Is.EqualTo("WO-1"));
        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.InProgress));
            Assert.That(order.CancelledAt, Is.Null);
            Assert.That(order.ClockOf(SlaClockName.Resolution).State, Is.EqualTo(SlaState.Pending));
        });
    }
}
