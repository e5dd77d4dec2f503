using AfterSales.Domain.Customers;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.WorkOrders;

public sealed class WorkOrderSlaTests
{
    private WorkOrderScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new WorkOrderScenario();

    [Test]
    public void WO6_dispatch_deadline_is_12_hours_after_receipt()
    {
        var dispatch = given.Register().ClockOf(SlaClockName.Dispatch);

        Assert.Multiple(() =>
        {
            Assert.That(dispatch.StartedAt, Is.EqualTo(ReceivedAt));
            Assert.That(dispatch.Deadline, Is.EqualTo(At(11, 16, 22)));
            Assert.That(dispatch.State, Is.EqualTo(SlaState.Pending));
        });
    }

    [Test]
    public void WO6_resolution_deadline_is_72_hours_after_receipt()
    {
        var resolution = given.Register().ClockOf(SlaClockName.Resolution);

        Assert.Multiple(() =>
        {
            Assert.That(resolution.StartedAt, Is.EqualTo(ReceivedAt));
            Assert.That(resolution.Deadline, Is.EqualTo(At(11, 19, 10)));
        });
    }

    [Test]
    public void WO7_an_urban_arrival_deadline_is_6_working_hours_friday_16_00_to_monday_13_00()
    {
        given.Clock.SetUtcNow(At(11, 20, 16));

        var arrival = given.Register().ClockOf(SlaClockName.Arrival);

        Assert.Multiple(() =>
        {
            Assert.That(arrival.StartedAt, Is.EqualTo(At(11, 20, 16)));
            Assert.That(arrival.Deadline, Is.EqualTo(At(11, 23, 13)));
        });
    }

    [Test]
    public void WO7_a_suburban_arrival_deadline_is_7_working_hours_across_a_configured_holiday()
    {
        // Wednesday 15:00 before National Day: 2.5 hours that day, 4.5 hours on Thursday 8 October.
        given.Clock.SetUtcNow(At(9, 30, 15));

        var arrival = given.Register(zone: Zone.Suburban).ClockOf(SlaClockName.Arrival);

        Assert.That(arrival.Deadline, Is.EqualTo(At(10, 8, 13)));
    }

    [Test]
    public void WO7_a_remote_arrival_deadline_is_the_contracts_16_working_hours()
    {
        // Monday 10:00: 7.5 hours that day, 8.5 hours on Tuesday.
        var arrival = given.Register(zone: Zone.Remote).ClockOf(SlaClockName.Arrival);

        Assert.That(arrival.Deadline, Is.EqualTo(At(11, 17, 17)));
    }

    [TestCase(11, 21, 9, 0, 11, 23, 14, 30, TestName = "WO7_an_order_received_on_saturday_counts_from_monday_08_30")]
    [TestCase(11, 16, 20, 0, 11, 17, 14, 30, TestName = "WO7_an_order_received_on_a_weekday_evening_counts_from_the_next_morning")]
    [TestCase(11, 17, 7, 0, 11, 17, 14, 30, TestName = "WO7_an_order_received_before_08_30_counts_from_08_30")]
    public void WO7_an_order_received_outside_working_hours(int month, int day, int hour, int minute, int dueMonth, int dueDay, int dueHour, int dueMinute)
    {
        given.Clock.SetUtcNow(At(month, day, hour, minute));

        var order = given.Register();

        Assert.Multiple(() =>
        {
            Assert.That(order.ClockOf(SlaClockName.Arrival).Deadline, Is.EqualTo(At(dueMonth, dueDay, dueHour, dueMinute)));
            Assert.That(order.ClockOf(SlaClockName.Dispatch).Deadline, Is.EqualTo(At(month, day, hour, minute).AddHours(12)));
        });
    }

    [Test]
    public void WO6_clocks_not_started_yet_have_no_start_or_deadline()
    {
        var order = given.Register();

        Assert.Multiple(() =>
        {
            foreach (var name in new[] { SlaClockName.Contact, SlaClockName.Plan, SlaClockName.FollowUp })
            {
                Assert.That(order.ClockOf(name).StartedAt, Is.Null, name.ToString());
                Assert.That(order.ClockOf(name).Deadline, Is.Null, name.ToString());
                Assert.That(order.ClockOf(name).IsRunning, Is.False, name.ToString());
            }

            Assert.That(
                order.Clocks.Select(clock => clock.Name),
                Is.EquivalentTo(new[] { SlaClockName.Dispatch, SlaClockName.Contact, SlaClockName.Plan, SlaClockName.Arrival, SlaClockName.Resolution, SlaClockName.FollowUp }),
                "the six of WO-6; an inquiry's first response is not a work order's clock");
        });
    }

    [Test]
    public void WO6_contact_is_due_12_hours_and_plan_24_hours_after_the_first_assignment()
    {
        var order = given.Register();
        given.Clock.SetUtcNow(At(11, 16, 11, 30));
        order.Assign(given.Technician, Dispatcher, TeamReach.All, null, Sla, given.Clock);
        given.Clock.SetUtcNow(At(11, 16, 13));
        order.Assign(given.Colleague, Dispatcher, TeamReach.All, "Closer to the site", Sla, given.Clock);

        var contact = order.ClockOf(SlaClockName.Contact);
        var plan = order.ClockOf(SlaClockName.Plan);
        Assert.Multiple(() =>
        {
            Assert.That(contact.StartedAt, Is.EqualTo(At(11, 16, 11, 30)));
            Assert.That(contact.Deadline, Is.EqualTo(At(11, 16, 23, 30)));
            Assert.That(plan.StartedAt, Is.EqualTo(At(11, 16, 11, 30)));
            Assert.That(plan.Deadline, Is.EqualTo(At(11, 17, 11, 30)));
        });
    }

    [Test]
    public void WO6_follow_up_is_due_24_hours_after_resolution()
    {
        var followUp = given.Resolved().ClockOf(SlaClockName.FollowUp);

        Assert.Multiple(() =>
        {
            Assert.That(followUp.StartedAt, Is.EqualTo(ResolvedAt));
            Assert.That(followUp.Deadline, Is.EqualTo(At(11, 17, 17)));
            Assert.That(followUp.State, Is.EqualTo(SlaState.Pending));
        });
    }

    [Test]
    public void WO8_a_stop_after_the_deadline_breaches_the_clock_once()
    {
        var order = given.Register();
        given.Clock.SetUtcNow(At(11, 16, 22, 1));

        order.Assign(given.Technician, Dispatcher, TeamReach.All, null, Sla, given.Clock);

        var dispatch = order.ClockOf(SlaClockName.Dispatch);
        Assert.Multiple(() =>
        {
            Assert.That(dispatch.State, Is.EqualTo(SlaState.Breached));
            Assert.That(dispatch.StoppedAt, Is.EqualTo(At(11, 16, 22, 1)));
            Assert.That(dispatch.BreachedAt, Is.EqualTo(At(11, 16, 22, 1)));
            Assert.That(Breaches(order, SlaClockName.Dispatch).Select(breach => breach.Deadline), Is.EqualTo(new[] { At(11, 16, 22) }));
        });
    }

    [Test]
    public void WO8_a_stop_exactly_at_the_deadline_meets_the_clock()
    {
        var order = given.Register();
        given.Clock.SetUtcNow(At(11, 16, 22));

        order.Assign(given.Technician, Dispatcher, TeamReach.All, null, Sla, given.Clock);

        var dispatch = order.ClockOf(SlaClockName.Dispatch);
        Assert.Multiple(() =>
        {
            Assert.That(dispatch.State, Is.EqualTo(SlaState.Met));
            Assert.That(dispatch.StoppedAt, Is.EqualTo(At(11, 16, 22)));
            Assert.That(dispatch.BreachedAt, Is.Null);
            Assert.That(order.DomainEvents.OfType<SlaClockBreached>(), Is.Empty);
        });
    }

    [Test]
    public void WO8_detection_breaches_an_overdue_running_clock_once()
    {
        // Dispatch is due at 22:00.
        var order = given.Register();

        order.DetectBreaches(At(11, 16, 22));
        Assert.That(order.ClockOf(SlaClockName.Dispatch).State, Is.EqualTo(SlaState.Pending));

        order.DetectBreaches(At(11, 16, 22, 1));
        order.DetectBreaches(At(11, 16, 22, 30));

        var dispatch = order.ClockOf(SlaClockName.Dispatch);
        Assert.Multiple(() =>
        {
            Assert.That(dispatch.State, Is.EqualTo(SlaState.Breached));
            Assert.That(dispatch.BreachedAt, Is.EqualTo(At(11, 16, 22, 1)));
            Assert.That(dispatch.StoppedAt, Is.Null);
            Assert.That(order.DomainEvents.OfType<SlaClockBreached>().Select(breach => breach.Clock), Is.EqualTo(new[] { SlaClockName.Dispatch }));
        });
    }

    [Test]
    public void WO8_the_standing_names_the_next_deadline_a_clock_can_miss()
    {
        var order = given.Register();
        var registered = (order.NextClockDeadline, order.WorstClockState);
        given.Clock.SetUtcNow(AssignedAt);
        order.Assign(given.Technician, Dispatcher, TeamReach.All, null, Sla, given.Clock);
        var assigned = order.NextClockDeadline;
        order.ChooseMethod(ResolutionMethod.PhoneGuidance, null, false, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(registered, Is.EqualTo((At(11, 16, 16), SlaState.Pending)), "arrival, provisionally (WO-6 r2): 6 working hours after 10:00");
            Assert.That(assigned, Is.EqualTo(At(11, 16, 16)), "still arrival, before contact (23:00)");
            Assert.That(order.NextClockDeadline, Is.EqualTo(At(11, 19, 10)), "resolution, once no visit is on site: 72 h after receipt");
        });
    }

    [Test]
    public void WO8_the_standing_is_breached_once_a_clock_is_and_moves_on_to_the_next_deadline()
    {
        var order = given.Register();

        order.DetectBreaches(At(11, 16, 22, 5));

        Assert.Multiple(() =>
        {
            Assert.That(order.WorstClockState, Is.EqualTo(SlaState.Breached));
            Assert.That(order.NextClockDeadline, Is.EqualTo(At(11, 19, 10)), "resolution, due 72 h after receipt");
        });
    }

    [Test]
    public void WO8_a_closed_order_has_no_next_deadline_and_stands_met()
    {
        var order = given.Closed();

        Assert.That((order.NextClockDeadline, order.WorstClockState), Is.EqualTo(((DateTimeOffset?)null, SlaState.Met)));
    }

    [Test]
    public void WO8_a_cancelled_order_has_no_next_deadline_and_no_clock_that_counts()
    {
        var order = given.Register();
        given.Clock.SetUtcNow(At(11, 16, 12));

        order.Cancel("Customer fixed it", given.Clock);

        Assert.That((order.NextClockDeadline, order.WorstClockState), Is.EqualTo(((DateTimeOffset?)null, SlaState.NotApplicable)));
    }

    [Test]
    public void WO17_an_on_site_visit_chosen_after_the_arrival_deadline_is_overdue_at_once()
    {
        // Received 10:00, urban: due on site by 16:00; the visit is chosen at 16:30.
        var order = given.Assigned();
        given.Clock.SetUtcNow(At(11, 16, 16, 30));

        order.ChooseMethod(ResolutionMethod.OnSite, null, false, given.Clock);

        var arrival = order.ClockOf(SlaClockName.Arrival);
        Assert.Multiple(() =>
        {
            Assert.That(arrival.State, Is.EqualTo(SlaState.Overdue));
            Assert.That(arrival.BreachedAt, Is.Null);
            Assert.That(order.WorstClockState, Is.EqualTo(SlaState.Overdue));
            Assert.That(order.NextClockDeadline, Is.EqualTo(At(11, 17, 4)), "16:00 plus the 12-hour sync grace");
        });
    }

    [Test]
    public void WO8_a_detected_breach_stays_breached_when_the_clock_stops()
    {
        var order = given.Register();
        order.DetectBreaches(At(11, 16, 22, 5));
        given.Clock.SetUtcNow(At(11, 16, 22, 10));

        order.Assign(given.Technician, Dispatcher, TeamReach.All, null, Sla, given.Clock);

        var dispatch = order.ClockOf(SlaClockName.Dispatch);
        Assert.Multiple(() =>
        {
            Assert.That(dispatch.State, Is.EqualTo(SlaState.Breached));
            Assert.That(dispatch.BreachedAt, Is.EqualTo(At(11, 16, 22, 5)));
            Assert.That(dispatch.StoppedAt, Is.EqualTo(At(11, 16, 22, 10)));
            Assert.That(Breaches(order, SlaClockName.Dispatch).Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void WO8_a_backdated_order_already_past_its_dispatch_deadline_is_breached_on_registration()
    {
        // Received Monday 09:00 (dispatch due 21:00, arrival due 15:00), registered Tuesday 10:00.
        given.Clock.SetUtcNow(At(11, 17, 10));

        var order = given.Register(At(11, 16, 9));

        var dispatch = order.ClockOf(SlaClockName.Dispatch);
        Assert.Multiple(() =>
        {
            Assert.That(dispatch.State, Is.EqualTo(SlaState.Breached));
            Assert.That(dispatch.Deadline, Is.EqualTo(At(11, 16, 21)));
            Assert.That(dispatch.BreachedAt, Is.EqualTo(At(11, 17, 10)));
            Assert.That(Breaches(order, SlaClockName.Dispatch).Count(), Is.EqualTo(1));
            Assert.That(order.ClockOf(SlaClockName.Arrival).State, Is.EqualTo(SlaState.Overdue), "provisional: overdue, never breached before the method is known (WO-6 r2)");
            Assert.That(order.ClockOf(SlaClockName.Resolution).State, Is.EqualTo(SlaState.Pending));
        });
    }
}
