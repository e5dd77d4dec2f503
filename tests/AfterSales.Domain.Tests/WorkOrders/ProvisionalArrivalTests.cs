using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>WO-6 (r2): the arrival clock runs from registration, provisionally until the method is chosen.</summary>
public sealed class ProvisionalArrivalTests
{
    private WorkOrderScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new WorkOrderScenario();

    [Test]
    public void WO6_an_urban_order_overdue_for_arrival_is_listed_before_a_method_is_chosen()
    {
        // Urban, received Monday 10:00: due on site by 16:00 (6 working hours).
        var order = given.Register();
        var registered = (order.NextClockDeadline, order.ClockOf(SlaClockName.Arrival).Provisional);

        order.DetectBreaches(At(11, 16, 16, 1));
        var overdue = (order.ClockOf(SlaClockName.Arrival).State, order.WorstClockState);

        // The next morning the 12-hour sync grace (to Tuesday 04:00) has passed too.
        order.DetectBreaches(At(11, 17, 10));

        var arrival = order.ClockOf(SlaClockName.Arrival);
        Assert.Multiple(() =>
        {
            Assert.That(registered, Is.EqualTo(((DateTimeOffset?)At(11, 16, 16), true)), "the sweeper looks at the arrival deadline first");
            Assert.That(overdue, Is.EqualTo((SlaState.Overdue, SlaState.Overdue)));
            Assert.That(arrival.State, Is.EqualTo(SlaState.Overdue), "never breached while provisional");
            Assert.That(arrival.BreachedAt, Is.Null);
            Assert.That(arrival.NextJudgement, Is.Null, "nothing left for the sweeper to judge");
            Assert.That(Breaches(order, SlaClockName.Arrival), Is.Empty);
        });
    }

    [Test]
    public void WO6_choosing_on_site_judges_the_provisional_clock_by_the_arrivals_field_time()
    {
        var order = given.Register();
        given.Clock.SetUtcNow(AssignedAt);
        order.Assign(given.Technician, Dispatcher, TeamReach.All, null, Sla, given.Clock);
        order.DetectBreaches(At(11, 16, 16, 1));

        // Worked offline: called at 12:00, chose on site, arrived 15:50; synced at 16:30.
        given.Clock.SetUtcNow(At(11, 16, 16, 30));
        order.RecordContact(new Appointment(WindowStart, WindowEnd), null, given.Clock, At(11, 16, 12));
        order.ChooseMethod(ResolutionMethod.OnSite, null, false, given.Clock, At(11, 16, 12));
        var chosen = order.ClockOf(SlaClockName.Arrival);
        var afterChoice = (chosen.State, chosen.Provisional, chosen.NextJudgement);
        order.RecordArrival(At(11, 16, 15, 50), Sla, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(afterChoice, Is.EqualTo((SlaState.Overdue, false, (DateTimeOffset?)At(11, 17, 4))), "now judged, with the sync grace");
            Assert.That(order.ClockOf(SlaClockName.Arrival).State, Is.EqualTo(SlaState.Met), "arrived by 16:00 in the field");
            Assert.That(order.ClockOf(SlaClockName.Arrival).StoppedAt, Is.EqualTo(At(11, 16, 15, 50)));
        });
    }

    [Test]
    public void WO6_an_on_site_arrival_after_the_deadline_breaches_the_clock_that_was_provisional()
    {
        var order = given.Register();
        given.Clock.SetUtcNow(AssignedAt);
        order.Assign(given.Technician, Dispatcher, TeamReach.All, null, Sla, given.Clock);
        given.Clock.SetUtcNow(At(11, 16, 16, 30));
        order.RecordContact(new Appointment(At(11, 16, 16, 15), At(11, 16, 17)), null, given.Clock, At(11, 16, 12));
        order.ChooseMethod(ResolutionMethod.OnSite, null, false, given.Clock, At(11, 16, 12));

        order.RecordArrival(At(11, 16, 16, 20), Sla, given.Clock);

        var arrival = order.ClockOf(SlaClockName.Arrival);
        Assert.Multiple(() =>
        {
            Assert.That(arrival.State, Is.EqualTo(SlaState.Breached));
            Assert.That(arrival.BreachedAt, Is.EqualTo(At(11, 16, 16, 20)));
            Assert.That(Breaches(order, SlaClockName.Arrival).Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void WO6_choosing_on_site_after_the_sync_grace_breaches_the_provisional_clock()
    {
        var order = given.Register();
        order.DetectBreaches(At(11, 17, 9));
        given.Clock.SetUtcNow(At(11, 17, 9, 30));
        order.Assign(given.Technician, Dispatcher, TeamReach.All, null, Sla, given.Clock);

        order.ChooseMethod(ResolutionMethod.OnSite, null, false, given.Clock);

        var arrival = order.ClockOf(SlaClockName.Arrival);
        Assert.Multiple(() =>
        {
            Assert.That(arrival.State, Is.EqualTo(SlaState.Breached), "16:00 plus 12 hours passed at 04:00 without an arrival");
            Assert.That(arrival.BreachedAt, Is.EqualTo(At(11, 17, 9, 30)));
        });
    }

    [TestCase(ResolutionMethod.PhoneGuidance)]
    [TestCase(ResolutionMethod.ShipParts)]
    [TestCase(ResolutionMethod.Workshop)]
    public void WO6_choosing_phone_guidance_makes_the_provisional_arrival_clock_not_applicable(ResolutionMethod method)
    {
        var order = given.Register();
        given.Clock.SetUtcNow(AssignedAt);
        order.Assign(given.Technician, Dispatcher, TeamReach.All, null, Sla, given.Clock);
        order.DetectBreaches(At(11, 16, 16, 1));
        given.Clock.SetUtcNow(At(11, 16, 16, 30));

        order.ChooseMethod(method, null, customerAdvisedOnFitting: true, given.Clock);

        var arrival = order.ClockOf(SlaClockName.Arrival);
        Assert.Multiple(() =>
        {
            Assert.That(arrival.State, Is.EqualTo(SlaState.NotApplicable));
            Assert.That(arrival.Provisional, Is.False);
            Assert.That(order.WorstClockState, Is.EqualTo(SlaState.Pending), "no longer overdue: only the resolution clock still runs");
            Assert.That(order.NextClockDeadline, Is.EqualTo(At(11, 19, 10)), "resolution, 72 h after receipt");
        });
    }

    [Test]
    public void WO6_changing_the_method_to_on_site_before_work_starts_makes_the_clock_apply_again()
    {
        var order = given.Scheduled(ResolutionMethod.PhoneGuidance);

        order.ChooseMethod(ResolutionMethod.OnSite, null, false, given.Clock);

        var arrival = order.ClockOf(SlaClockName.Arrival);
        Assert.Multiple(() =>
        {
            Assert.That((arrival.State, arrival.Provisional, arrival.Deadline), Is.EqualTo((SlaState.Pending, false, (DateTimeOffset?)At(11, 16, 16))));
            Assert.That(order.NextClockDeadline, Is.EqualTo(At(11, 16, 16)));
        });
    }
}
