using AfterSales.Domain.Common;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.WorkOrders;

public sealed class WorkOrderDispatchTests
{
    private WorkOrderScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new WorkOrderScenario();

    [Test]
    public void WO2_assigning_to_an_active_technician_assigns_the_order_and_stops_the_dispatch_clock()
    {
        var order = given.Assigned();

        var assignment = order.Assignments.Single();
        var dispatch = order.ClockOf(SlaClockName.Dispatch);
        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Assigned));
            Assert.That(order.TechnicianId, Is.EqualTo(given.Technician.Id));
            Assert.That(assignment.TechnicianId, Is.EqualTo(given.Technician.Id));
            Assert.That(assignment.AssignedAt, Is.EqualTo(AssignedAt));
            Assert.That(assignment.AssignedBy, Is.EqualTo(Dispatcher));
            Assert.That(assignment.Reason, Is.Null);
            Assert.That(dispatch.State, Is.EqualTo(SlaState.Met));
            Assert.That(dispatch.StoppedAt, Is.EqualTo(AssignedAt));
            Assert.That(order.DomainEvents.OfType<WorkOrderAssigned>().Single().PreviousTechnicianId, Is.Null);
        });
    }

    [Test]
    public void TE2_assigning_to_a_technician_on_leave_is_refused_naming_the_status()
    {
        var order = given.Register();
        given.Technician.GoOnLeave(given.Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => order.Assign(given.Technician, Dispatcher, TeamReach.All, null, Sla, given.Clock));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.RuleId, Is.EqualTo("TE-2"));
            Assert.That(refusal.Message, Is.EqualTo("TE-2: technician T-0042 is OnLeave"));
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Registered));
            Assert.That(order.Assignments, Is.Empty);
            Assert.That(order.ClockOf(SlaClockName.Dispatch).State, Is.EqualTo(SlaState.Pending));
        });
    }

    [TestCase(null)]
    [TestCase("  ")]
    public void WO2_a_reassignment_without_a_reason_is_refused(string? reason)
    {
        var order = given.Assigned();

        Assert.That(RuleOf(() => order.Assign(given.Colleague, Dispatcher, TeamReach.All, reason, Sla, given.Clock)), Is.EqualTo("WO-2"));
        Assert.That(order.TechnicianId, Is.EqualTo(given.Technician.Id));
    }

    [Test]
    public void WO2_a_reassignment_with_a_reason_keeps_the_history_and_the_status()
    {
        var order = given.Scheduled(ResolutionMethod.OnSite);
        given.Clock.SetUtcNow(At(11, 16, 13));

        order.Assign(given.Colleague, "lead.wang", TeamReach.Only("East"), "Zhang Wei called in sick", Sla, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Scheduled));
            Assert.That(order.TechnicianId, Is.EqualTo(given.Colleague.Id));
            Assert.That(order.Assignments, Has.Count.EqualTo(2));
            Assert.That(order.Assignments.Select(a => a.TechnicianId), Is.EqualTo(new[] { given.Technician.Id, given.Colleague.Id }));
            Assert.That(order.Assignments.Select(a => a.Reason), Is.EqualTo(new[] { null, "Zhang Wei called in sick" }));
            Assert.That(order.Assignments.Select(a => a.AssignedAt), Is.EqualTo(new[] { AssignedAt, At(11, 16, 13) }));
            Assert.That(order.DomainEvents.OfType<WorkOrderAssigned>().Last().PreviousTechnicianId, Is.EqualTo(given.Technician.Id));
        });
    }

    [Test]
    public void WO2_assigning_the_same_technician_again_is_refused()
    {
        var order = given.Assigned();

        Assert.That(RuleOf(() => order.Assign(given.Technician, Dispatcher, TeamReach.All, "Again", Sla, given.Clock)), Is.EqualTo("WO-2"));
        Assert.That(order.Assignments, Has.Count.EqualTo(1));
    }

    [Test]
    public void WO2_a_resolved_order_cannot_be_assigned()
    {
        var order = given.Resolved();

        Assert.That(RuleOf(() => order.Assign(given.Colleague, Dispatcher, TeamReach.All, "Second opinion", Sla, given.Clock)), Is.EqualTo("WO-2"));
        Assert.That(order.TechnicianId, Is.EqualTo(given.Technician.Id));
    }

    [Test]
    public void X4_an_orders_team_is_stored_with_every_assignment_reassignment_and_handover()
    {
        var order = given.Register();
        var unassigned = order.Team;

        order.Assign(given.Technician, Dispatcher, TeamReach.All, null, Sla, given.Clock);
        var assigned = order.Team;
        order.Assign(given.OtherTeams, Dispatcher, TeamReach.All, "Closer to the site", Sla, given.Clock);
        var reassigned = order.Team;
        order.HandOver(given.Colleague, "manager.amy", "Chen Jie leaves (HC-5)", given.Clock);

        Assert.That((unassigned, assigned, reassigned, order.Team), Is.EqualTo(((string?)null, "East", "West", "East")));
    }

    [Test]
    public void X4_a_team_lead_assigns_and_reassigns_only_to_their_own_team()
    {
        var order = given.Register();
        var east = TeamReach.Only("East");

        var toWest = Assert.Throws<BusinessRuleViolationException>(() => order.Assign(given.OtherTeams, "lead.wang", east, null, Sla, given.Clock));
        order.Assign(given.Technician, "lead.wang", east, null, Sla, given.Clock);
        var reassignToWest = RuleOf(() => order.Assign(given.OtherTeams, "lead.wang", east, "Closer to the site", Sla, given.Clock));
        order.Assign(given.Colleague, "lead.wang", east, "Zhang Wei called in sick", Sla, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(toWest!.Message, Is.EqualTo("X-4: the lead of team East cannot assign WO-2026-000017 to technician T-0051 of team West"));
            Assert.That(reassignToWest, Is.EqualTo("X-4"));
            Assert.That(order.Assignments.Select(a => a.TechnicianId), Is.EqualTo(new[] { given.Technician.Id, given.Colleague.Id }));
            Assert.That(order.Team, Is.EqualTo("East"));
        });
    }

    [Test]
    public void X4_a_team_lead_linked_to_no_technician_leads_no_team_and_assigns_to_nobody()
    {
        var order = given.Register();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => order.Assign(given.Technician, "lead.wang", TeamReach.None, null, Sla, given.Clock));

        Assert.Multiple(() =>
        {
            Assert.That(refusal!.Message, Is.EqualTo("X-4: a team lead whose user is linked to no technician leads no team and cannot assign WO-2026-000017 to technician T-0042 of team East"));
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Registered));
            Assert.That(order.TechnicianId, Is.Null);
            Assert.That(order.ClockOf(SlaClockName.Dispatch).State, Is.EqualTo(SlaState.Pending));
        });
    }

    [Test]
    public void WO4_shipping_parts_needs_the_customer_advised_on_fitting()
    {
        var order = given.Assigned();

        Assert.That(RuleOf(() => order.ChooseMethod(ResolutionMethod.ShipParts, null, customerAdvisedOnFitting: false, given.Clock)), Is.EqualTo("WO-4"));
        Assert.Multiple(() =>
        {
            Assert.That(order.Method, Is.Null);
            Assert.That(order.ClockOf(SlaClockName.Plan).State, Is.EqualTo(SlaState.Pending));
        });

        order.ChooseMethod(ResolutionMethod.ShipParts, "Told how to fit the belt; wrong fitting is theirs to pay", customerAdvisedOnFitting: true, given.Clock);
        Assert.That(order.Method, Is.EqualTo(ResolutionMethod.ShipParts));
    }

    [Test]
    public void WO4_choosing_the_method_stops_the_plan_and_contact_clocks()
    {
        var order = given.Assigned();
        given.Clock.SetUtcNow(At(11, 16, 11, 45));

        order.ChooseMethod(ResolutionMethod.PhoneGuidance, null, customerAdvisedOnFitting: false, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Method, Is.EqualTo(ResolutionMethod.PhoneGuidance));
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Assigned));
            Assert.That(order.ClockOf(SlaClockName.Plan).State, Is.EqualTo(SlaState.Met));
            Assert.That(order.ClockOf(SlaClockName.Plan).StoppedAt, Is.EqualTo(At(11, 16, 11, 45)));
            Assert.That(order.ClockOf(SlaClockName.Contact).State, Is.EqualTo(SlaState.Met));
            Assert.That(order.ClockOf(SlaClockName.Contact).StoppedAt, Is.EqualTo(At(11, 16, 11, 45)));
        });
    }

    [Test]
    public void WO4_the_method_can_be_changed_while_assigned_or_scheduled()
    {
        var order = given.Assigned();
        order.ChooseMethod(ResolutionMethod.PhoneGuidance, null, customerAdvisedOnFitting: false, given.Clock);
        given.Clock.SetUtcNow(ContactedAt);
        order.RecordContact(null, "Guidance did not help", given.Clock);

        order.ChooseMethod(ResolutionMethod.Workshop, "Carry back", customerAdvisedOnFitting: false, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Scheduled));
            Assert.That(order.Method, Is.EqualTo(ResolutionMethod.Workshop));
            Assert.That(order.MethodNote, Is.EqualTo("Carry back"));
            Assert.That(order.ClockOf(SlaClockName.Plan).StoppedAt, Is.EqualTo(AssignedAt));
        });
    }

    [Test]
    public void WO4_the_method_cannot_change_once_work_has_started()
    {
        var order = given.InProgress(ResolutionMethod.PhoneGuidance);

        Assert.That(RuleOf(() => order.ChooseMethod(ResolutionMethod.OnSite, null, customerAdvisedOnFitting: false, given.Clock)), Is.EqualTo("WO-4"));
        Assert.That(order.Method, Is.EqualTo(ResolutionMethod.PhoneGuidance));
    }

    [TestCase(ResolutionMethod.PhoneGuidance)]
    [TestCase(ResolutionMethod.ShipParts)]
    [TestCase(ResolutionMethod.Workshop)]
    public void WO4_the_arrival_clock_applies_only_to_an_on_site_visit(ResolutionMethod method)
    {
        var order = given.Assigned();
        var arrival = order.ClockOf(SlaClockName.Arrival);

        order.ChooseMethod(method, null, customerAdvisedOnFitting: true, given.Clock);
        Assert.Multiple(() =>
        {
            Assert.That(arrival.State, Is.EqualTo(SlaState.NotApplicable));
            Assert.That(arrival.IsRunning, Is.False);
        });

        order.ChooseMethod(ResolutionMethod.OnSite, null, customerAdvisedOnFitting: false, given.Clock);
        Assert.Multiple(() =>
        {
            Assert.That(arrival.State, Is.EqualTo(SlaState.Pending));
            Assert.That(arrival.StartedAt, Is.EqualTo(ReceivedAt));
            Assert.That(arrival.Deadline, Is.EqualTo(At(11, 16, 16)));
        });
    }

    [Test]
    public void WO4_work_cannot_start_without_a_method()
    {
        var order = given.Assigned();
        order.RecordContact(null, "Customer reached", given.Clock);

        Assert.That(RuleOf(() => order.StartWork(given.Clock)), Is.EqualTo("WO-4"));
        Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Scheduled));
    }

    [Test]
    public void WO5_recording_the_contact_schedules_the_order_and_stops_the_contact_clock()
    {
        var order = given.Assigned();
        given.Clock.SetUtcNow(ContactedAt);

        order.RecordContact(new Appointment(WindowStart, WindowEnd), "Gate code 4711", given.Clock);

        var contact = order.ClockOf(SlaClockName.Contact);
        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Scheduled));
            Assert.That(order.Appointment, Is.EqualTo(new Appointment(WindowStart, WindowEnd)));
            Assert.That(order.ContactNote, Is.EqualTo("Gate code 4711"));
            Assert.That(contact.State, Is.EqualTo(SlaState.Met));
            Assert.That(contact.StoppedAt, Is.EqualTo(ContactedAt));
            Assert.That(order.ClockOf(SlaClockName.Plan).State, Is.EqualTo(SlaState.Pending));
        });
    }

    [TestCase(30, false, TestName = "WO5_an_arrival_30_minutes_after_the_window_opens_is_not_late")]
    [TestCase(31, true, TestName = "WO5_an_arrival_31_minutes_after_the_window_opens_is_late")]
    public void WO5_an_arrival_after_the_grace_period_is_late(int minutesAfterWindowStart, bool late)
    {
        var order = given.Scheduled(ResolutionMethod.OnSite);
        given.Clock.SetUtcNow(WindowStart.AddMinutes(minutesAfterWindowStart));

        order.RecordArrival(given.Clock.Now, Sla, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.ArrivedAt, Is.EqualTo(WindowStart.AddMinutes(minutesAfterWindowStart)));
            Assert.That(order.LateArrival, Is.EqualTo(late));
            Assert.That(order.DomainEvents.OfType<ArrivalRecorded>().Single().Late, Is.EqualTo(late));
        });
    }

    // The urban arrival clock is due at 16:00; the arrival is recorded afterwards, at 17:00.
    [TestCase(15, 59, SlaState.Met, TestName = "WO5_an_arrival_by_the_deadline_recorded_late_meets_the_arrival_clock")]
    [TestCase(16, 1, SlaState.Breached, TestName = "WO5_an_arrival_after_the_deadline_breaches_the_arrival_clock_at_the_arrival_instant")]
    public void WO5_the_arrival_stops_the_arrival_clock_when_the_technician_arrived(int hour, int minute, SlaState expected)
    {
        var order = given.Scheduled(ResolutionMethod.OnSite);
        given.Clock.SetUtcNow(At(11, 16, 17));

        order.RecordArrival(At(11, 16, hour, minute), Sla, given.Clock);

        var arrival = order.ClockOf(SlaClockName.Arrival);
        Assert.Multiple(() =>
        {
            Assert.That(arrival.State, Is.EqualTo(expected));
            Assert.That(arrival.StoppedAt, Is.EqualTo(At(11, 16, hour, minute)));
            Assert.That(arrival.BreachedAt, Is.EqualTo(expected == SlaState.Breached ? At(11, 16, hour, minute) : (DateTimeOffset?)null));
            Assert.That(Breaches(order, SlaClockName.Arrival).Count(), Is.EqualTo(expected == SlaState.Breached ? 1 : 0));
        });
    }

    [Test]
    public void WO5_an_on_site_visit_cannot_start_before_the_arrival()
    {
        var order = given.Scheduled(ResolutionMethod.OnSite);

        Assert.That(RuleOf(() => order.StartWork(given.Clock)), Is.EqualTo("WO-5"));
        Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Scheduled));
    }
}
