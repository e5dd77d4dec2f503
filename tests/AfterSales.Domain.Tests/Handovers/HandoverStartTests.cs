using System.Reflection;
using AfterSales.Domain.Common;
using AfterSales.Domain.Handovers;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.Tests.WorkOrders;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.Handovers;

/// <summary>HC-1 starting a checklist, HC-2 what it lists, HC-3 what an account item keeps.</summary>
public sealed class HandoverStartTests
{
    private HandoverScenario scenario = null!;

    [SetUp]
    public void CreateScenario() => scenario = new HandoverScenario();

    [Test]
    public void HC1_starting_makes_the_active_technician_leaving_and_records_the_handover()
    {
        var checklist = scenario.Start();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Leaver.Status, Is.EqualTo(TechnicianStatus.Leaving));
            Assert.That(checklist.Status, Is.EqualTo(HandoverStatus.Open));
            Assert.That(checklist.TechnicianId, Is.EqualTo(scenario.Leaver.Id));
            Assert.That(checklist.Reason, Is.EqualTo(HandoverReason.Resignation));
            Assert.That(checklist.EffectiveDate, Is.EqualTo(new DateOnly(2026, 11, 30)));
            Assert.That(checklist.SuccessorId, Is.EqualTo(scenario.Successor.Id));
            Assert.That(checklist.SupervisorId, Is.EqualTo(scenario.Supervisor.Id));
            Assert.That(checklist.NewTeam, Is.Null);
            Assert.That(checklist.StartedBy, Is.EqualTo(HandoverScenario.Manager));
            Assert.That(checklist.DomainEvents.OfType<HandoverStarted>().Single().TechnicianId, Is.EqualTo(scenario.Leaver.Id));
        });
    }

    [Test]
    public void HC1_a_leaving_technician_is_refused_new_work_by_TE2()
    {
        scenario.Start();
        var order = scenario.Work.Register();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => order.Assign(scenario.Leaver, Dispatcher, TeamReach.All, null, Sla, scenario.Clock));
        var customer = Assert.Throws<BusinessRuleViolationException>(() => scenario.Work.NewCustomer().AssignResponsibleTechnician(scenario.Leaver, scenario.Clock));

        Assert.That(refusal!.Message, Is.EqualTo("TE-2: technician T-0042 is Leaving"));
        Assert.That(customer!.RuleId, Is.EqualTo("TE-2"));
    }

    [Test]
    public void HC1_the_successor_must_be_active()
    {
        scenario.Successor.GoOnLeave(scenario.Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => scenario.Start());

        Assert.That(refusal!.Message, Is.EqualTo("HC-1: the successor T-0043 is OnLeave; a successor must be Active"));
        Assert.That(scenario.Leaver.Status, Is.EqualTo(TechnicianStatus.Active));
    }

    [Test]
    public void HC1_the_successor_must_be_someone_other_than_the_leaver()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => HandoverChecklist.Start(
            scenario.Leaver, HandoverReason.Resignation, HandoverScenario.EffectiveDate, scenario.Leaver, scenario.Supervisor, null, HandoverScenario.Nothing, HandoverScenario.Manager, scenario.Clock));

        Assert.That(refusal!.Message, Is.EqualTo("HC-1: technician T-0042 cannot be their own successor"));
    }

    [Test]
    public void HC1_the_supervisor_is_the_leavers_supervising_technician()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => HandoverChecklist.Start(
            scenario.Leaver, HandoverReason.Resignation, HandoverScenario.EffectiveDate, scenario.Successor, scenario.Successor, null, HandoverScenario.Nothing, HandoverScenario.Manager, scenario.Clock));

        Assert.That(refusal!.Message, Is.EqualTo("HC-1: the supervisor of the handover of T-0042 is their supervising technician"));
    }

    [Test]
    public void HC1_the_successor_and_the_supervisor_are_different_people()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => HandoverChecklist.Start(
            scenario.Leaver, HandoverReason.Resignation, HandoverScenario.EffectiveDate, scenario.Supervisor, scenario.Supervisor, null, HandoverScenario.Nothing, HandoverScenario.Manager, scenario.Clock));

        Assert.That(refusal!.Message, Is.EqualTo("HC-1: the successor and the supervisor sign off as two different people, beside the leaver; name another successor"));
    }

    [Test]
    public void HC1_a_team_lead_with_no_supervising_technician_is_supervised_by_a_manager()
    {
        var lead = scenario.Supervisor;

        var named = Assert.Throws<BusinessRuleViolationException>(() => HandoverChecklist.Start(
            lead, HandoverReason.Retirement, HandoverScenario.EffectiveDate, scenario.Successor, scenario.Leaver, null, HandoverScenario.Nothing, HandoverScenario.Manager, scenario.Clock));
        var checklist = HandoverChecklist.Start(lead, HandoverReason.Retirement, HandoverScenario.EffectiveDate, scenario.Successor, null, null, HandoverScenario.Nothing, HandoverScenario.Manager, scenario.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(named!.Message, Is.EqualTo("HC-1: technician T-0001 has no supervising technician, so a Manager supervises the handover; name no supervisor"));
            Assert.That(checklist.SupervisorId, Is.Null);
            Assert.That(checklist.TechnicianOf(HandoverParty.Supervisor), Is.Null);
        });
    }

    [Test]
    public void HC1_only_an_active_technician_is_handed_over()
    {
        scenario.Leaver.GoOnLeave(scenario.Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => scenario.Start());

        Assert.That(refusal!.Message, Is.EqualTo("HC-1: technician T-0042 is OnLeave, not Active"));
    }

    [Test]
    public void HC1_a_technician_has_one_open_checklist()
    {
        scenario.Start();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => scenario.Start());

        Assert.That(refusal!.Message, Is.EqualTo("HC-1: technician T-0042 already has an open handover checklist"));
    }

    [Test]
    public void HC1_a_transfer_names_another_team_and_only_a_transfer_names_one()
    {
        var sameTeam = Assert.Throws<BusinessRuleViolationException>(() => scenario.Start(reason: HandoverReason.Transfer, newTeam: "east"));
        Assert.Throws<InvalidInputException>(() => scenario.Start(reason: HandoverReason.Transfer));
        Assert.Throws<InvalidInputException>(() => scenario.Start(reason: HandoverReason.Retirement, newTeam: "West"));

        var transfer = scenario.Start(reason: HandoverReason.Transfer, newTeam: "West");

        Assert.That(sameTeam!.Message, Is.EqualTo("HC-1: technician T-0042 is already in team East; a transfer moves to another team"));
        Assert.That(transfer.NewTeam, Is.EqualTo("West"));
    }

    [Test]
    public void HC2_items_are_listed_from_the_records_the_leaver_holds()
    {
        var checklist = scenario.Start(scenario.Hold());

        Assert.Multiple(() =>
        {
            Assert.That(checklist.Items.Select(item => item.Kind), Is.EquivalentTo(new[]
            {
                HandoverItemKind.Customer, HandoverItemKind.Customer,
                HandoverItemKind.WorkOrder, HandoverItemKind.WorkOrder, HandoverItemKind.WorkOrder,
                HandoverItemKind.Receivable, HandoverItemKind.Receivable,
                HandoverItemKind.Property,
            }));
            Assert.That(checklist.Items.Select(item => item.ReferenceId), Is.EquivalentTo(
                scenario.Customers.Select(customer => customer.Id)
                    .Concat(scenario.OpenOrders.Select(order => order.Id))
                    .Concat([scenario.Receivable.Id, scenario.Cash.Id, scenario.Tool.Id])
                    .Cast<Guid?>()));
            Assert.That(checklist.Items.Select(item => item.State), Is.All.EqualTo(HandoverItemState.Pending));
            Assert.That(HandoverScenario.ItemFor(checklist, scenario.Customers[1].Id).Description, Is.EqualTo("Reassign customer Jinling Motors (025-66660002)"));
            Assert.That(HandoverScenario.ItemFor(checklist, scenario.OpenOrders[1].Id).Description, Is.EqualTo("Reassign work order WO-2026-000017 (Scheduled)"));
            Assert.That(HandoverScenario.ItemFor(checklist, scenario.Receivable.Id).Description, Is.EqualTo("Settle or transfer the receivable of 300.00 on WO-2026-000017"));
            Assert.That(HandoverScenario.ItemFor(checklist, scenario.Cash.Id).Description, Is.EqualTo("Remit the cash of 100.00 collected on WO-2026-000017 on 2026-11-16"));
            Assert.That(HandoverScenario.ItemFor(checklist, scenario.Cash.Id).Cash, Is.True);
            Assert.That(HandoverScenario.ItemFor(checklist, scenario.Tool.Id).Description, Is.EqualTo("Return, transfer or record as lost: Tool Torque wrench (asset TW-01)"));
        });
    }

    [Test]
    public void HC2_remitted_cash_settled_receivables_and_returned_property_are_not_listed()
    {
        var records = scenario.Hold();
        scenario.CashOrder.RemitPayment(scenario.Cash.Id, "finance.user", scenario.Clock);
        scenario.Leaver.ReturnProperty(scenario.Tool.Id, HandoverScenario.Today, scenario.Clock);
        // WO-16: received no earlier than the order's last step, its resolution.
        scenario.ClosedOrder.RecordPayment(300.00m, PaymentMethod.Transfer, scenario.ClosedOrder.ResolvedAt!.Value, "finance.user", MoneyScenario.Calendar, scenario.Clock, recordedByTechnicianId: null);
        scenario.Receivable.ApplyPayment(300.00m, HandoverScenario.Today, MoneyScenario.Calendar, 2, scenario.Clock);

        var checklist = scenario.Start(records with { Receivables = [] });

        Assert.That(checklist.Items.Select(item => item.Kind), Is.EquivalentTo(new[]
        {
            HandoverItemKind.Customer, HandoverItemKind.Customer,
            HandoverItemKind.WorkOrder, HandoverItemKind.WorkOrder, HandoverItemKind.WorkOrder,
        }));
    }

    [Test]
    public void HC2_a_record_that_reaches_the_leaver_after_the_start_is_listed_once()
    {
        var checklist = scenario.Start(scenario.Hold());
        var order = scenario.OpenOrders[2];
        scenario.Clock.SetUtcNow(ResolvedAt);
        order.Resolve("Talked the customer through it", null, Sla, scenario.Clock);
        var late = Domain.Receivables.Receivable.Open(order, MoneyScenario.Calendar, scenario.Clock);

        var first = checklist.ListReceivable(late, scenario.Clock);
        var again = checklist.ListReceivable(late, scenario.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.SameAs(first));
            Assert.That(checklist.Items.Count(item => item.ReferenceId == late.Id), Is.EqualTo(1));
            Assert.That(first.Description, Is.EqualTo("Settle or transfer the receivable of 100.00 on WO-2026-000017"));
            Assert.That(checklist.DomainEvents.OfType<HandoverItemAdded>().Last().ItemId, Is.EqualTo(first.Id));
        });
    }

    [Test]
    public void HC2_a_record_the_leaver_does_not_hold_is_not_listed()
    {
        var checklist = scenario.Start();
        var colleagues = scenario.Work.Register();
        colleagues.Assign(scenario.Successor, Dispatcher, TeamReach.All, null, Sla, scenario.Clock);

        Assert.Throws<ArgumentException>(() => checklist.ListWorkOrder(colleagues, scenario.Clock));
    }

    [Test]
    public void HC3_an_account_item_keeps_the_system_and_user_name_and_nothing_secret()
    {
        var checklist = scenario.Start();

        var account = checklist.AddAccount("ERP", "zhangwei", "Finance module login", scenario.Clock);

        var secretLike = typeof(HandoverItem).GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Select(property => property.Name.ToLowerInvariant())
            .Where(name => new[] { "password", "secret", "token", "credential", "key" }.Any(name.Contains));
        Assert.Multiple(() =>
        {
            Assert.That(account.Kind, Is.EqualTo(HandoverItemKind.Account));
            Assert.That(account.SystemName, Is.EqualTo("ERP"));
            Assert.That(account.UserName, Is.EqualTo("zhangwei"));
            Assert.That(account.ReferenceId, Is.Null);
            Assert.That(account.AllowedOutcomes, Is.EqualTo(new[] { HandoverOutcome.Disabled, HandoverOutcome.HandedOver }));
            Assert.That(secretLike, Is.Empty);
        });
    }
}
