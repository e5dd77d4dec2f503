using AfterSales.Domain.Common;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>
/// WO-16 and WO-17 on the happy path's order: received Monday 2026-11-16 10:00 in Shanghai, so its resolution clock is
/// due Thursday 11-19 10:00 (72 h), overdue from then, and breached without a resolution by 22:00 (12 h of sync grace).
/// </summary>
public sealed class WorkOrderFieldTimeTests
{
    private static readonly DateTimeOffset ResolutionDeadline = At(11, 19, 10);
    private static readonly DateTimeOffset ResolutionFinalDeadline = At(11, 19, 22);

    private WorkOrderScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new WorkOrderScenario();

    [Test]
    public void WO16_each_step_keeps_its_field_time_beside_the_time_it_reached_the_server()
    {
        // Contacted at 11:30 and the method chosen at 11:40, both synced at 12:00.
        var order = given.Assigned();
        given.Clock.SetUtcNow(ContactedAt);

        order.RecordContact(null, "Called from the van", given.Clock, At(11, 16, 11, 30));
        order.ChooseMethod(ResolutionMethod.PhoneGuidance, null, false, given.Clock, At(11, 16, 11, 40));

        Assert.Multiple(() =>
        {
            Assert.That(
                order.FieldSteps.Select(step => (step.Step, step.At, step.ReceivedAt)),
                Is.EqualTo(new[]
                {
                    (FieldStepKind.Contact, At(11, 16, 11, 30), ContactedAt),
                    (FieldStepKind.Plan, At(11, 16, 11, 40), ContactedAt),
                }));
            Assert.That(order.ClockOf(SlaClockName.Contact).StoppedAt, Is.EqualTo(At(11, 16, 11, 30)), "the clock stops at the field time");
            Assert.That(order.ClockOf(SlaClockName.Plan).StoppedAt, Is.EqualTo(At(11, 16, 11, 40)));
        });
    }

    [Test]
    public void WO16_a_step_before_the_previous_step_is_refused_and_changes_nothing()
    {
        // Work started at 14:10; a resolution said to have happened at 14:00 cannot be.
        var order = given.InProgress(ResolutionMethod.PhoneGuidance);
        given.Clock.SetUtcNow(ResolvedAt);

        var refusal = Assert.Throws<InvalidInputException>(() => order.Resolve("Reset by phone", null, Sla, given.Clock, At(11, 16, 14)))!;

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Field, Is.EqualTo("at"));
            Assert.That(refusal.Message, Does.StartWith("WO-16"));
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.InProgress));
            Assert.That(order.ResolvedAt, Is.Null);
            Assert.That(order.ClockOf(SlaClockName.Resolution).State, Is.EqualTo(SlaState.Pending));
            Assert.That(order.FieldSteps.Select(step => step.Step), Is.EqualTo(new[] { FieldStepKind.Contact, FieldStepKind.Plan, FieldStepKind.Start }));
        });
    }

    [Test]
    public void WO16_a_step_at_the_same_time_as_the_previous_one_is_accepted()
    {
        var order = given.InProgress(ResolutionMethod.PhoneGuidance);
        given.Clock.SetUtcNow(ResolvedAt);

        order.Resolve("Reset by phone", null, Sla, given.Clock, WorkStartedAt);

        Assert.That(order.ResolvedAt, Is.EqualTo(WorkStartedAt));
    }

    [Test]
    public void WO16_a_payment_before_the_previous_step_is_refused_naming_received_at()
    {
        var order = given.WorkedByPhone(ServiceType.Paid, labour: 300.00m);

        var refusal = Assert.Throws<InvalidInputException>(() =>
            order.RecordPayment(100.00m, PaymentMethod.Cash, ContactedAt, "tech-42", MoneyScenario.Calendar, given.Clock, recordedByTechnicianId: null))!;

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Field, Is.EqualTo("receivedAt"));
            Assert.That(order.Payments, Is.Empty);
        });
    }

    [Test]
    public void WO17_the_sweeper_marks_a_field_clock_overdue_at_its_deadline_and_breached_12_hours_later()
    {
        var order = given.InProgress(ResolutionMethod.PhoneGuidance);

        order.DetectBreaches(ResolutionDeadline.AddMinutes(1));
        var resolution = order.ClockOf(SlaClockName.Resolution);
        var overdue = (resolution.State, order.WorstClockState, order.NextClockDeadline);
        order.DetectBreaches(ResolutionFinalDeadline);
        var stillOverdue = resolution.State;
        order.DetectBreaches(ResolutionFinalDeadline.AddMinutes(1));

        Assert.Multiple(() =>
        {
            Assert.That(overdue, Is.EqualTo((SlaState.Overdue, SlaState.Overdue, (DateTimeOffset?)ResolutionFinalDeadline)));
            Assert.That(stillOverdue, Is.EqualTo(SlaState.Overdue), "at 22:00 the grace has not yet passed");
            Assert.That(resolution.State, Is.EqualTo(SlaState.Breached));
            Assert.That(resolution.BreachedAt, Is.EqualTo(ResolutionFinalDeadline.AddMinutes(1)));
            Assert.That(order.WorstClockState, Is.EqualTo(SlaState.Breached));
            Assert.That(Breaches(order, SlaClockName.Resolution).Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void WO17_field_clock_met_when_synced_late()
    {
        // Resolved offline at 09:30 on Thursday, half an hour inside the deadline; the sweeper saw the clock overdue at
        // 10:01 and the phone synced at 19:00, within the 12-hour grace.
        var order = given.InProgress(ResolutionMethod.PhoneGuidance);
        order.DetectBreaches(ResolutionDeadline.AddMinutes(1));
        given.Clock.SetUtcNow(At(11, 19, 19));

        order.Resolve("Reset by phone", null, Sla, given.Clock, At(11, 19, 9, 30));

        var resolution = order.ClockOf(SlaClockName.Resolution);
        Assert.Multiple(() =>
        {
            Assert.That(resolution.State, Is.EqualTo(SlaState.Met));
            Assert.That(resolution.StoppedAt, Is.EqualTo(At(11, 19, 9, 30)));
            Assert.That(order.ResolvedAt, Is.EqualTo(At(11, 19, 9, 30)));
            Assert.That(Breaches(order, SlaClockName.Resolution), Is.Empty);
            Assert.That(order.FieldSteps.Last().ReceivedAt, Is.EqualTo(At(11, 19, 19)));
            Assert.That(order.ClockOf(SlaClockName.FollowUp).StartedAt, Is.EqualTo(At(11, 19, 19)), "the office's follow-up runs from when it learns of the resolution");
        });
    }

    [Test]
    public void WO17_field_clock_breached_when_its_step_happened_after_the_deadline()
    {
        // Resolved at 10:30 on Thursday, half an hour late, synced at 11:00: breached at the field time.
        var order = given.InProgress(ResolutionMethod.PhoneGuidance);
        order.DetectBreaches(ResolutionDeadline.AddMinutes(1));
        given.Clock.SetUtcNow(At(11, 19, 11));

        order.Resolve("Reset by phone", null, Sla, given.Clock, At(11, 19, 10, 30));

        var resolution = order.ClockOf(SlaClockName.Resolution);
        Assert.Multiple(() =>
        {
            Assert.That(resolution.State, Is.EqualTo(SlaState.Breached));
            Assert.That(resolution.BreachedAt, Is.EqualTo(At(11, 19, 10, 30)));
            Assert.That(Breaches(order, SlaClockName.Resolution).Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void WO17_a_field_clock_breached_after_the_grace_stays_breached_when_an_earlier_step_syncs()
    {
        // The phone stayed offline past 22:00; its 09:30 resolution no longer un-breaches the clock (WO-8).
        var order = given.InProgress(ResolutionMethod.PhoneGuidance);
        order.DetectBreaches(ResolutionFinalDeadline.AddMinutes(1));
        given.Clock.SetUtcNow(At(11, 20, 8));

        order.Resolve("Reset by phone", null, Sla, given.Clock, At(11, 19, 9, 30));

        var resolution = order.ClockOf(SlaClockName.Resolution);
        Assert.Multiple(() =>
        {
            Assert.That(resolution.State, Is.EqualTo(SlaState.Breached));
            Assert.That(resolution.BreachedAt, Is.EqualTo(ResolutionFinalDeadline.AddMinutes(1)));
            Assert.That(Breaches(order, SlaClockName.Resolution).Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void WO17_an_office_clock_goes_straight_to_breached()
    {
        // Resolved 17:00 Monday, so the follow-up call is due 17:00 Tuesday; at 17:01 it is breached, never overdue.
        var order = given.Resolved();

        order.DetectBreaches(At(11, 17, 17, 1));

        var followUp = order.ClockOf(SlaClockName.FollowUp);
        Assert.Multiple(() =>
        {
            Assert.That(followUp.State, Is.EqualTo(SlaState.Breached));
            Assert.That(followUp.FinalDeadline, Is.EqualTo(followUp.Deadline));
            Assert.That(order.WorstClockState, Is.EqualTo(SlaState.Breached));
        });
    }

    [Test]
    public void WO17_an_overdue_clock_no_longer_applies_once_the_order_is_cancelled()
    {
        // Assigned 11:00, contact due 23:00 and overdue at 23:01; cancelled at 23:30, the contact can no longer come.
        var order = given.Assigned();
        order.DetectBreaches(At(11, 16, 23, 1));
        given.Clock.SetUtcNow(At(11, 16, 23, 30));

        order.Cancel("Customer fixed it", given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.ClockOf(SlaClockName.Contact).State, Is.EqualTo(SlaState.NotApplicable));
            Assert.That(order.NextClockDeadline, Is.Null);
            Assert.That(Breaches(order, SlaClockName.Contact), Is.Empty);
        });
    }

    [Test]
    public void WO17_the_standing_ranks_breached_over_overdue_over_pending()
    {
        // Registered 10:00 and never dispatched: dispatch (office) is breached at 22:01. Dispatched at 11:00 instead, the
        // order's contact clock (field) is due 23:00 and overdue at 23:01, while plan (due 11:00 Tuesday) is pending.
        var order = given.Register();

        order.DetectBreaches(At(11, 16, 22, 1));
        var breached = order.WorstClockState;
        var fresh = given.Register();
        given.Clock.SetUtcNow(AssignedAt);
        fresh.Assign(given.Technician, Dispatcher, TeamReach.All, null, Sla, given.Clock);
        fresh.DetectBreaches(At(11, 16, 23, 1));

        Assert.Multiple(() =>
        {
            Assert.That(breached, Is.EqualTo(SlaState.Breached));
            Assert.That(fresh.ClockOf(SlaClockName.Contact).State, Is.EqualTo(SlaState.Overdue), "its grace runs to 11:00 Tuesday");
            Assert.That(fresh.WorstClockState, Is.EqualTo(SlaState.Overdue));
        });
    }
}
