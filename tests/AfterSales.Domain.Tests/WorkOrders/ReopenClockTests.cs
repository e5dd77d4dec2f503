using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.Tests.Handovers;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>WO-13 (r2): a reopened order is timed again, and never goes back to a technician who has departed.</summary>
public sealed class ReopenClockTests
{
    private const int ReopenWindowDays = 30;

    private WorkOrderScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new WorkOrderScenario();

    [Test]
    public void WO13_a_reopened_order_gets_a_new_resolution_clock_72_hours_from_reopening()
    {
        var order = given.Closed();
        given.Clock.SetUtcNow(At(11, 20, 9));

        order.Reopen("Vibration is back", ReopenWindowDays, given.Technician, null, Dispatcher, Sla, given.Clock);

        var resolutions = order.Clocks.Where(clock => clock.Name == SlaClockName.Resolution).OrderBy(clock => clock.Round).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(resolutions.Select(clock => (clock.Round, clock.StartedAt, clock.Deadline, clock.StoppedAt, clock.State)), Is.EqualTo(new[]
            {
                (1, (DateTimeOffset?)ReceivedAt, (DateTimeOffset?)At(11, 19, 10), (DateTimeOffset?)ResolvedAt, SlaState.Met),
                (2, At(11, 20, 9), At(11, 23, 9), null, SlaState.Pending),
            }));
            Assert.That(order.ClockOf(SlaClockName.Resolution).Round, Is.EqualTo(2));
            Assert.That((order.NextClockDeadline, order.WorstClockState), Is.EqualTo(((DateTimeOffset?)At(11, 23, 9), SlaState.Pending)));
        });
    }

    [Test]
    public void WO13_a_reopened_order_resolved_again_gets_a_new_follow_up_clock()
    {
        var order = given.Resolved(ResolutionMethod.PhoneGuidance);
        given.Clock.SetUtcNow(At(11, 17, 9));
        order.RecordFollowUp(false, new Survey(2, 2, 3, 3), "Still vibrates", Dispatcher, Sla, given.Clock);
        order.RecordContact(null, "Called again", given.Clock);
        order.StartWork(given.Clock);
        given.Clock.SetUtcNow(At(11, 18, 15));

        order.Resolve("Balanced the chuck", null, Sla, given.Clock);

        var followUps = order.Clocks.Where(clock => clock.Name == SlaClockName.FollowUp).OrderBy(clock => clock.Round).ToList();
        var resolutions = order.Clocks.Where(clock => clock.Name == SlaClockName.Resolution).OrderBy(clock => clock.Round).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(followUps.Select(clock => (clock.Round, clock.StartedAt, clock.Deadline, clock.StoppedAt, clock.State)), Is.EqualTo(new[]
            {
                (1, (DateTimeOffset?)ResolvedAt, (DateTimeOffset?)At(11, 17, 17), (DateTimeOffset?)At(11, 17, 9), SlaState.Met),
                (2, At(11, 18, 15), At(11, 19, 15), null, SlaState.Pending),
            }));
            Assert.That(resolutions.Select(clock => (clock.Round, clock.StartedAt, clock.StoppedAt, clock.State)), Is.EqualTo(new[]
            {
                (1, (DateTimeOffset?)ReceivedAt, (DateTimeOffset?)ResolvedAt, SlaState.Met),
                (2, At(11, 17, 9), At(11, 18, 15), SlaState.Met),
            }));
        });
    }

    [Test]
    public void WO13_an_earlier_round_breached_stays_on_record_but_does_not_hold_the_order_on_the_breached_list()
    {
        // Resolved 80 hours after receipt: the first resolution clock (72 h) is breached.
        var order = given.InProgress(ResolutionMethod.PhoneGuidance);
        given.Clock.SetUtcNow(At(11, 19, 18));
        order.Resolve("Balanced the chuck", null, Sla, given.Clock);
        given.Clock.SetUtcNow(At(11, 19, 20));
        order.RecordFollowUp(true, new Survey(3, 3, 3, 3), null, Dispatcher, Sla, given.Clock);
        var closed = order.WorstClockState;
        given.Clock.SetUtcNow(At(11, 24, 9));

        order.Reopen("Vibration is back", ReopenWindowDays, given.Technician, null, Dispatcher, Sla, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(closed, Is.EqualTo(SlaState.Breached));
            Assert.That(order.Clocks.Single(clock => clock is { Name: SlaClockName.Resolution, Round: 1 }).State, Is.EqualTo(SlaState.Breached));
            Assert.That(order.WorstClockState, Is.EqualTo(SlaState.Pending), "only the clocks of the current round count");
        });
    }

    [Test]
    public void WO13_an_order_reopened_after_its_technician_departed_goes_to_the_responsible_technician()
    {
        var handover = new HandoverScenario();
        var order = handover.Work.Closed();
        Depart(handover);
        handover.Clock.SetUtcNow(At(12, 1, 9));

        order.Reopen("Vibration is back", ReopenWindowDays, handover.Leaver, handover.Successor, Dispatcher, Sla, handover.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(handover.Leaver.Status, Is.EqualTo(TechnicianStatus.Departed));
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Assigned));
            Assert.That(order.TechnicianId, Is.EqualTo(handover.Successor.Id));
            Assert.That(order.Team, Is.EqualTo("East"));
            Assert.That(order.Assignments.Last().Reason, Is.EqualTo("WO-13: technician T-0042 has departed"));
            Assert.That(order.ClockOf(SlaClockName.Resolution).Deadline, Is.EqualTo(At(12, 4, 9)));
        });
    }

    [Test]
    public void WO13_an_order_reopened_after_its_technician_departed_goes_to_the_dispatch_queue_when_no_active_responsible_technician()
    {
        var handover = new HandoverScenario();
        var order = handover.Work.Closed();
        Depart(handover);
        handover.Successor.GoOnLeave(handover.Clock);
        handover.Clock.SetUtcNow(At(12, 1, 9));

        order.Reopen("Vibration is back", ReopenWindowDays, handover.Leaver, handover.Successor, Dispatcher, Sla, handover.Clock);

        var dispatch = order.Clocks.Where(clock => clock.Name == SlaClockName.Dispatch).OrderBy(clock => clock.Round).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Registered));
            Assert.That(order.TechnicianId, Is.Null);
            Assert.That(order.Team, Is.Null);
            Assert.That(dispatch.Select(clock => (clock.Round, clock.State)), Is.EqualTo(new[] { (1, SlaState.Met), (2, SlaState.Pending) }));
            Assert.That(dispatch[1].Deadline, Is.EqualTo(At(12, 1, 21)), "12 hours to dispatch it again");
        });
    }

    [Test]
    public void WO13_an_order_reopened_while_its_technician_is_leaving_stays_with_them_for_the_handover()
    {
        var handover = new HandoverScenario();
        var order = handover.Work.Closed();
        handover.Start();
        handover.Clock.SetUtcNow(At(11, 20, 9));

        order.Reopen("Vibration is back", ReopenWindowDays, handover.Leaver, handover.Successor, Dispatcher, Sla, handover.Clock);

        Assert.That((handover.Leaver.Status, order.TechnicianId), Is.EqualTo((TechnicianStatus.Leaving, (Guid?)handover.Leaver.Id)));
    }

    [Test]
    public void WO13_a_cancelled_order_that_never_had_a_technician_cannot_be_reopened()
    {
        var order = given.Register();
        order.Cancel("Duplicate of WO-2026-000016", given.Clock);

        Assert.That(RuleOf(() => order.Reopen("Vibration is back", ReopenWindowDays, null, null, Dispatcher, Sla, given.Clock)), Is.EqualTo("WO-13"));
    }

    /// <summary>TE-3: the only way to depart is a completed handover.</summary>
    private static void Depart(HandoverScenario handover)
    {
        var checklist = handover.Start();
        handover.EndEveryItem(checklist);
        handover.SignAll(checklist);
        handover.Complete(checklist);
    }
}
