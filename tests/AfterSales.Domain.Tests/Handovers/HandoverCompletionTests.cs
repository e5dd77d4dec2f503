using System.Reflection;
using AfterSales.Domain.Common;
using AfterSales.Domain.Handovers;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.Tests.WorkOrders;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.Handovers;

/// <summary>HC-5 sign-offs and completion, HC-6 overdue, TE-3 the only way to depart or change team.</summary>
public sealed class HandoverCompletionTests : HandoverChecklistTest
{
    [Test]
    public void HC5_completion_is_refused_naming_the_pending_items_and_the_missing_sign_offs()
    {
        scenario.EndEveryItem(checklist);
        var tool = HandoverScenario.ItemFor(checklist, scenario.Tool.Id);
        checklist.AddOther("Return the locker key", scenario.Clock);
        checklist.SignOff(HandoverParty.Leaver, scenario.LeaverActing, scenario.Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => scenario.Complete(checklist));

        Assert.That(refusal!.Message, Is.EqualTo(
            "HC-5: the handover of T-0042 cannot complete yet: 1 item(s) pending (Return the locker key); sign-offs missing: Receiver, Supervisor"));
        Assert.Multiple(() =>
        {
            Assert.That(scenario.Leaver.Status, Is.EqualTo(TechnicianStatus.Leaving));
            Assert.That(checklist.Status, Is.EqualTo(HandoverStatus.Open));
            Assert.That(scenario.Customers[0].ResponsibleTechnicianId, Is.EqualTo(scenario.Leaver.Id));
            Assert.That(tool.State, Is.EqualTo(HandoverItemState.Done));
        });
    }

    [Test]
    public void HC5_each_party_signs_once_as_themselves()
    {
        scenario.Clock.SetUtcNow(At(11, 20, 16));
        checklist.SignOff(HandoverParty.Supervisor, scenario.SupervisorActing, scenario.Clock);

        var again = Assert.Throws<BusinessRuleViolationException>(() => checklist.SignOff(HandoverParty.Supervisor, scenario.SupervisorActing, scenario.Clock));

        var signOff = checklist.SignOffs.Single();
        Assert.Multiple(() =>
        {
            Assert.That(again!.Message, Is.EqualTo("HC-5: the Supervisor has already signed off"));
            Assert.That(signOff.Party, Is.EqualTo(HandoverParty.Supervisor));
            Assert.That(signOff.By, Is.EqualTo("lead.chen"));
            Assert.That(signOff.At, Is.EqualTo(At(11, 20, 16)));
            Assert.That(checklist.TechnicianOf(HandoverParty.Leaver), Is.EqualTo(scenario.Leaver.Id));
            Assert.That(checklist.TechnicianOf(HandoverParty.Receiver), Is.EqualTo(scenario.Successor.Id));
            Assert.That(checklist.TechnicianOf(HandoverParty.Supervisor), Is.EqualTo(scenario.Supervisor.Id));
        });
    }

    [Test]
    public void HC5_nobody_signs_for_someone_else_not_even_a_manager()
    {
        var forTheLeaver = Assert.Throws<BusinessRuleViolationException>(() => checklist.SignOff(HandoverParty.Leaver, HandoverScenario.ManagerActing, scenario.Clock));
        var successorAsSupervisor = Assert.Throws<BusinessRuleViolationException>(() => checklist.SignOff(HandoverParty.Supervisor, scenario.SuccessorActing, scenario.Clock));

        Assert.Multiple(() =>
        {
            Assert.That(forTheLeaver!.RuleId, Is.EqualTo("HC-5"));
            Assert.That(forTheLeaver.Message, Is.EqualTo("HC-5: manager.amy is not the Leaver of this handover; each party signs as themselves"));
            Assert.That(successorAsSupervisor!.Message, Is.EqualTo("HC-5: tech.li is not the Supervisor of this handover; each party signs as themselves"));
            Assert.That(checklist.SignOffs, Is.Empty);
        });
    }

    [Test]
    public void HC5_a_manager_supervising_a_team_leads_handover_gives_one_sign_off_not_two()
    {
        // The team lead T-0001 has no supervising technician, so a Manager supervises (HC-1); the Manager is also the successor's user here.
        var work = new WorkOrderScenario();
        var leadsHandover = HandoverChecklist.Start(work.Lead, HandoverReason.Resignation, HandoverScenario.EffectiveDate, work.Colleague, null, null, HandoverScenario.Nothing, HandoverScenario.Manager, work.Clock);
        var managerWhoIsTheSuccessor = new Actor("manager.li", work.Colleague.Id, IsManager: true, IsDirector: false);
        var anotherManager = new Actor("manager.amy", null, IsManager: true, IsDirector: false);
        leadsHandover.SignOff(HandoverParty.Receiver, managerWhoIsTheSuccessor, work.Clock);

        var twice = Assert.Throws<BusinessRuleViolationException>(() => leadsHandover.SignOff(HandoverParty.Supervisor, managerWhoIsTheSuccessor, work.Clock));
        leadsHandover.SignOff(HandoverParty.Supervisor, anotherManager, work.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(twice!.RuleId, Is.EqualTo("HC-5"));
            Assert.That(leadsHandover.SupervisorId, Is.Null);
            Assert.That(leadsHandover.SignOffs.Select(signOff => signOff.By), Is.EqualTo(new[] { "manager.li", "manager.amy" }));
        });
    }

    [Test]
    public void HC5_completion_hands_over_2_customers_3_open_orders_the_receivable_and_the_tool_and_the_leaver_departs()
    {
        scenario.EndEveryItem(checklist);
        scenario.SignAll(checklist);

        scenario.Complete(checklist);

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Customers.Select(customer => customer.ResponsibleTechnicianId), Is.All.EqualTo(scenario.Successor.Id));
            Assert.That(scenario.OpenOrders.Select(order => order.TechnicianId), Is.All.EqualTo(scenario.Successor.Id));
            Assert.That(scenario.OpenOrders.Select(order => order.Assignments.Last().Reason), Is.All.EqualTo("handover of T-0042"));
            Assert.That(scenario.OpenOrders.Select(order => order.Assignments.Last().AssignedBy), Is.All.EqualTo(HandoverScenario.Manager));
            Assert.That(scenario.Receivable.TechnicianId, Is.EqualTo(scenario.Successor.Id));
            Assert.That(scenario.ClosedOrder.TechnicianId, Is.EqualTo(scenario.Leaver.Id), "a closed order stays as history");
            Assert.That(scenario.Tool.ReturnedOn, Is.EqualTo(HandoverScenario.Today));
            Assert.That(scenario.Leaver.Status, Is.EqualTo(TechnicianStatus.Departed));
            Assert.That(scenario.Leaver.Team, Is.EqualTo("East"));
            Assert.That(checklist.Status, Is.EqualTo(HandoverStatus.Completed));
            Assert.That(checklist.CompletedBy, Is.EqualTo(HandoverScenario.Manager));
            Assert.That(checklist.DomainEvents.OfType<HandoverCompleted>().Single().TechnicianId, Is.EqualTo(scenario.Leaver.Id));
        });
    }

    [Test]
    public void HC5_a_transfer_moves_the_technician_to_the_new_team_active_again()
    {
        var transfer = new HandoverScenario();
        var moving = transfer.Start(reason: HandoverReason.Transfer, newTeam: "West");
        transfer.SignAll(moving);

        transfer.Complete(moving);

        Assert.Multiple(() =>
        {
            Assert.That(transfer.Leaver.Status, Is.EqualTo(TechnicianStatus.Active));
            Assert.That(transfer.Leaver.Team, Is.EqualTo("West"));
            Assert.That(transfer.Leaver.DomainEvents.OfType<TechnicianTransferred>().Single(), Is.EqualTo(
                new TechnicianTransferred(transfer.Leaver.Id, "East", "West", transfer.Clock.GetUtcNow())));
        });
    }

    [Test]
    public void HC5_a_tool_recorded_lost_is_charged_at_1200_and_a_tool_transferred_is_issued_to_the_taker()
    {
        var spare = scenario.Leaver.IssueProperty(PropertyKind.SpecialTool, "Laser alignment kit", "LA-07", new DateOnly(2025, 2, 1), 8600.00m, scenario.Clock);
        checklist.ListProperty(scenario.Leaver, spare.Id, scenario.Clock);
        var tool = HandoverScenario.ItemFor(checklist, scenario.Tool.Id);
        var kit = HandoverScenario.ItemFor(checklist, spare.Id);
        checklist.CompleteItem(tool.Id, HandoverOutcome.Lost, "Left on a site in Wuxi", null, HandoverScenario.ManagerActing, scenario.Records, scenario.Clock);
        checklist.CompleteItem(kit.Id, HandoverOutcome.Transferred, "Li Ming keeps using it", scenario.Successor, HandoverScenario.ManagerActing, scenario.Records, scenario.Clock);
        scenario.EndEveryItem(checklist);
        scenario.SignAll(checklist);

        scenario.Complete(checklist);

        var issued = scenario.Successor.Property.Single();
        Assert.Multiple(() =>
        {
            Assert.That(scenario.Tool.LostOn, Is.EqualTo(HandoverScenario.Today));
            Assert.That(scenario.Tool.Compensation, Is.EqualTo(1200.00m));
            Assert.That(spare.ReturnedOn, Is.EqualTo(HandoverScenario.Today));
            Assert.That(issued.AssetTag, Is.EqualTo("LA-07"));
            Assert.That(issued.Kind, Is.EqualTo(PropertyKind.SpecialTool));
            Assert.That(issued.OriginalPrice, Is.EqualTo(8600.00m));
            Assert.That(issued.IssuedOn, Is.EqualTo(HandoverScenario.Today));
        });
    }

    [Test]
    public void HC5_settled_is_checked_against_the_records()
    {
        var receivable = HandoverScenario.ItemFor(checklist, scenario.Receivable.Id);
        checklist.CompleteItem(receivable.Id, HandoverOutcome.Settled, "Customer says it paid", null, HandoverScenario.ManagerActing, scenario.Records, scenario.Clock);
        scenario.EndEveryItem(checklist);
        scenario.SignAll(checklist);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => scenario.Complete(checklist));

        Assert.That(refusal!.Message, Is.EqualTo(
            "HC-5: the handover of T-0042 cannot complete yet: not settled yet: Settle or transfer the receivable of 300.00 on WO-2026-000017"));
    }

    [Test]
    public void HC5_a_resolved_order_is_handed_over_so_that_a_reopening_reaches_the_successor()
    {
        var order = scenario.OpenOrders[2];
        scenario.Clock.SetUtcNow(ResolvedAt);
        order.Resolve("Talked the customer through it", null, Sla, scenario.Clock);
        scenario.EndEveryItem(checklist);
        scenario.SignAll(checklist);
        scenario.Complete(checklist);

        order.RecordFollowUp(false, new Survey(2, 2, 2, 2), "Still vibrates", Dispatcher, WorkOrderScenario.Sla, scenario.Clock);

        Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Assigned));
        Assert.That(order.TechnicianId, Is.EqualTo(scenario.Successor.Id));
    }

    [Test]
    public void HC5_a_record_that_left_the_leaver_by_other_means_stays_where_it_went()
    {
        scenario.Customers[1].AssignResponsibleTechnician(scenario.Supervisor, scenario.Clock);
        scenario.OpenOrders[0].Cancel("customer fixed it", scenario.Clock);
        scenario.Leaver.ReturnProperty(scenario.Tool.Id, new DateOnly(2026, 11, 10), scenario.Clock);
        scenario.EndEveryItem(checklist);
        scenario.SignAll(checklist);

        scenario.Complete(checklist);

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Customers[1].ResponsibleTechnicianId, Is.EqualTo(scenario.Supervisor.Id));
            Assert.That(scenario.OpenOrders[0].TechnicianId, Is.EqualTo(scenario.Leaver.Id));
            Assert.That(scenario.Tool.ReturnedOn, Is.EqualTo(new DateOnly(2026, 11, 10)));
            Assert.That(scenario.Leaver.Status, Is.EqualTo(TechnicianStatus.Departed));
        });
    }

    [Test]
    public void HC5_completion_is_refused_by_TE2_when_a_taker_is_no_longer_active()
    {
        scenario.EndEveryItem(checklist);
        scenario.SignAll(checklist);
        scenario.Successor.GoOnLeave(scenario.Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => scenario.Complete(checklist));

        Assert.That(refusal!.Message, Is.EqualTo("TE-2: technician T-0043 is OnLeave"));
    }

    [Test]
    public void HC5_a_completed_checklist_takes_no_more_changes()
    {
        scenario.EndEveryItem(checklist);
        scenario.SignAll(checklist);
        scenario.Complete(checklist);

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<BusinessRuleViolationException>(() => checklist.AddOther("late", scenario.Clock))!.RuleId, Is.EqualTo("HC-2"));
            Assert.That(Assert.Throws<BusinessRuleViolationException>(() => scenario.Complete(checklist))!.Message, Is.EqualTo("HC-5: the handover checklist has already been completed"));
        });
    }

    [Test]
    public void HC6_a_checklist_still_open_after_its_effective_date_is_overdue()
    {
        Assert.Multiple(() =>
        {
            Assert.That(checklist.IsOverdueOn(new DateOnly(2026, 11, 30)), Is.False, "the effective day itself");
            Assert.That(checklist.IsOverdueOn(new DateOnly(2026, 12, 1)), Is.True);
            Assert.That(HandoverChecklist.OverdueOn(new DateOnly(2026, 12, 1)).Compile()(checklist), Is.True);
            Assert.That(HandoverChecklist.OverdueOn(new DateOnly(2026, 11, 30)).Compile()(checklist), Is.False);
        });

        scenario.EndEveryItem(checklist);
        scenario.SignAll(checklist);
        scenario.Complete(checklist);

        Assert.That(checklist.IsOverdueOn(new DateOnly(2026, 12, 1)), Is.False, "a completed checklist is never overdue");
    }

    [Test]
    public void TE3_a_technician_departs_or_changes_team_only_through_a_handover_checklist()
    {
        var technician = typeof(Technician);
        var publicMethods = technician.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Select(method => method.Name);
        string[] transitions = ["BeginHandover", "CompleteDeparture", "CompleteTransfer"];

        Assert.Multiple(() =>
        {
            Assert.That(publicMethods, Has.None.AnyOf(transitions));
            Assert.That(transitions.Select(name => technician.GetMethod(name, BindingFlags.NonPublic | BindingFlags.Instance)!.IsAssembly), Is.All.True);
            Assert.That(technician.GetProperty(nameof(Technician.Status))!.SetMethod!.IsPublic, Is.False);
            Assert.That(technician.GetProperty(nameof(Technician.Team))!.SetMethod!.IsPublic, Is.False);
        });
    }
}
