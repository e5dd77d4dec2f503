using AfterSales.Domain.Common;
using AfterSales.Domain.Handovers;
using AfterSales.Domain.Renewals;
using AfterSales.Domain.SalesLeads;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.Tests.WorkOrders;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.Handovers;

/// <summary>
/// HC-2, HC-4 (r2): besides <see cref="HandoverScenario.Hold"/>'s records, the leaver holds a warranty order whose old
/// part (1 × 800.00) is still out, an open renewal task, a sales lead sales has not yet followed up, and 200.00 cash
/// they took on an order since reassigned to the successor. Nothing the company is owed, or owes a customer, may be waived away.
/// </summary>
public sealed class HandoverOwedItemsTests
{
    private HandoverScenario scenario = null!;
    private WorkOrder warrantyOrder = null!;
    private Part oldPart = null!;
    private RenewalTask renewal = null!;
    private SalesLead lead = null!;
    private WorkOrder reassignedOrder = null!;
    private Payment reassignedCash = null!;
    private HeldRecords records = null!;
    private HandoverChecklist checklist = null!;

    [SetUp]
    public void StartHandover()
    {
        scenario = new HandoverScenario();
        var held = scenario.Hold();
        var work = scenario.Work;

        warrantyOrder = work.WorkedByPhone(ServiceType.Warranty);
        oldPart = warrantyOrder.RequestAndIssue(scenario.Clock, quantity: 1, unitPrice: 800.00m);

        var machine = work.AddEquipment("SN-RENEW", new DateOnly(2025, 6, 1), HandoverScenario.Today.AddDays(20));
        renewal = RenewalTask.Open(work.Customer, machine, HandoverScenario.Today, 30, scenario.Clock);

        lead = SalesLead.Record(work.Customer.Id, scenario.Leaver.Id, null, "XK-500 lathe", "Wants a second lathe in spring", "tech.zhang", scenario.Clock);

        reassignedOrder = work.WorkedByPhone(ServiceType.Paid, 200.00m);
        reassignedCash = reassignedOrder.Pay(scenario.Clock, 200.00m);
        reassignedOrder.Assign(scenario.Successor, WorkOrderScenario.Dispatcher, TeamReach.All, "Zhang Wei is off sick", WorkOrderScenario.Sla, scenario.Clock);

        // The records as the start would load them: the successor's order is loaded only for the leaver's cash on it.
        records = held with { WorkOrders = [.. held.WorkOrders, warrantyOrder, reassignedOrder], RenewalTasks = [renewal], SalesLeads = [lead] };
        checklist = scenario.Start(records);
    }

    [Test]
    public void HC2_an_outstanding_old_part_is_listed_with_its_order_and_deposit()
    {
        var item = HandoverScenario.ItemFor(checklist, oldPart.Id);

        Assert.Multiple(() =>
        {
            Assert.That(item.Kind, Is.EqualTo(HandoverItemKind.OldPart));

            // 1 × 800.00 = 800.00 held until the old part is booked in (WO-11 r2).
            Assert.That(item.Description, Is.EqualTo($"Bring back or hand over the old part P-100 (Spindle bearing) of {warrantyOrder.Number}, deposit 800.00 held"));
            Assert.That(item.AllowedOutcomes, Is.EqualTo(new[] { HandoverOutcome.Transferred, HandoverOutcome.Returned }));
        });
    }

    [Test]
    public void HC2_an_open_renewal_task_of_the_leaver_is_listed()
    {
        var item = HandoverScenario.ItemFor(checklist, renewal.Id);

        Assert.Multiple(() =>
        {
            Assert.That(item.Kind, Is.EqualTo(HandoverItemKind.RenewalTask));
            Assert.That(item.Description, Is.EqualTo("Reassign the renewal of the maintenance contract ending 2026-12-06 (Open)"));
        });
    }

    [Test]
    public void WO12_cash_stays_with_its_collector_after_reassignment()
    {
        var cashItems = checklist.Items.Where(item => item.Cash).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(reassignedCash.CollectedBy, Is.EqualTo(scenario.Leaver.Id));
            Assert.That(reassignedOrder.TechnicianId, Is.EqualTo(scenario.Successor.Id));

            // The leaver's two cash payments, 100.00 on their own order and 200.00 on the reassigned one; not that order itself.
            Assert.That(cashItems.Select(item => item.ReferenceId), Is.EquivalentTo(new Guid?[] { scenario.Cash.Id, reassignedCash.Id }));
            Assert.That(checklist.Items.Any(item => item.ReferenceId == reassignedOrder.Id), Is.False);
        });
    }

    [Test]
    public void WO12_cash_is_not_listed_for_whoever_holds_the_order_now()
    {
        var successorsRecords = new HeldRecords([], [reassignedOrder], [], [], []);
        var other = Technician.Hire("T-0044", "Wang Fang", "13800000044", "East", Position.FieldTechnician, 3, new DateOnly(2021, 3, 1), scenario.Supervisor.Id, scenario.Clock);

        var successorsChecklist = HandoverChecklist.Start(
            scenario.Successor, HandoverReason.Resignation, HandoverScenario.EffectiveDate, other, scenario.Supervisor, null, successorsRecords, HandoverScenario.Manager, scenario.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(successorsChecklist.Items.Count(item => item.Cash), Is.Zero);
            Assert.That(successorsChecklist.Items.Single().ReferenceId, Is.EqualTo(reassignedOrder.Id));
        });
    }

    [Test]
    public void HC4_a_customer_item_cannot_be_waived() => AssertNotWaivable(scenario.Customers[0].Id);

    [Test]
    public void HC4_a_work_order_item_cannot_be_waived() => AssertNotWaivable(scenario.OpenOrders[0].Id);

    [Test]
    public void HC4_a_receivable_item_cannot_be_waived() => AssertNotWaivable(scenario.Receivable.Id);

    [Test]
    public void HC4_a_cash_item_cannot_be_waived() => AssertNotWaivable(scenario.Cash.Id);

    [Test]
    public void HC4_an_old_part_item_cannot_be_waived() => AssertNotWaivable(oldPart.Id);

    [Test]
    public void HC4_a_renewal_task_item_cannot_be_waived() => AssertNotWaivable(renewal.Id);

    [Test]
    public void HC2_a_pending_sales_lead_of_the_leaver_is_listed_to_be_reassigned()
    {
        var item = HandoverScenario.ItemFor(checklist, lead.Id);

        Assert.Multiple(() =>
        {
            Assert.That(item.Kind, Is.EqualTo(HandoverItemKind.SalesLead));
            Assert.That(item.Description, Is.EqualTo("Reassign the sales lead for XK-500 lathe (Open)"));
            Assert.That(item.AllowedOutcomes, Is.EqualTo(new[] { HandoverOutcome.Reassigned }));
        });
    }

    [Test]
    public void HC4_a_sales_lead_gone_cold_may_be_waived_by_a_manager()
    {
        var item = HandoverScenario.ItemFor(checklist, lead.Id);

        checklist.WaiveItem(item.Id, "The customer stopped answering", HandoverScenario.Manager, scenario.Clock);

        Assert.That(item.State, Is.EqualTo(HandoverItemState.Waived));
    }

    [Test]
    public void HC2_a_sales_lead_already_won_or_lost_is_not_the_leavers_to_hand_over()
    {
        lead.MarkWon("sales.sun", scenario.Clock);

        Assert.Throws<ArgumentException>(() => checklist.ListSalesLead(lead, scenario.Clock));
    }

    [Test]
    public void HC4_property_and_items_entered_by_hand_may_still_be_waived()
    {
        var tool = HandoverScenario.ItemFor(checklist, scenario.Tool.Id);
        var other = checklist.AddOther("Return the canteen card", scenario.Clock);

        checklist.WaiveItem(tool.Id, "Written off with the old kit", HandoverScenario.Manager, scenario.Clock);
        checklist.WaiveItem(other.Id, "Cards were withdrawn", HandoverScenario.Manager, scenario.Clock);

        Assert.That(new[] { tool.State, other.State }, Is.All.EqualTo(HandoverItemState.Waived));
    }

    [Test]
    public void HC4_a_cash_item_ends_Remitted_only_once_Finance_has_the_cash()
    {
        var cash = HandoverScenario.ItemFor(checklist, reassignedCash.Id);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            checklist.CompleteItem(cash.Id, HandoverOutcome.Remitted, "He says he gave it in", null, HandoverScenario.ManagerActing, records, scenario.Clock));
        reassignedOrder.RemitPayment(reassignedCash.Id, "finance.user", scenario.Clock);
        checklist.CompleteItem(cash.Id, HandoverOutcome.Remitted, "Finance took it in", null, HandoverScenario.ManagerActing, records, scenario.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(refusal!.RuleId, Is.EqualTo("HC-4"));
            Assert.That(refusal.Message, Does.EndWith("the records do not show it Remitted yet"));
            Assert.That(cash.State, Is.EqualTo(HandoverItemState.Done));
            Assert.That(cash.AllowedOutcomes, Is.EqualTo(new[] { HandoverOutcome.Remitted }));
        });
    }

    [Test]
    public void HC4_an_old_part_item_ends_Returned_only_once_the_Warehouse_has_booked_it_in()
    {
        var item = HandoverScenario.ItemFor(checklist, oldPart.Id);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            checklist.CompleteItem(item.Id, HandoverOutcome.Returned, "In the van", null, HandoverScenario.ManagerActing, records, scenario.Clock));
        warrantyOrder.FitPart(oldPart.Id, null, "tech-42", MoneyScenario.TraceableLimit, scenario.Clock);
        warrantyOrder.RecordOldPartReturned(oldPart.Id, "warehouse.cang", scenario.Clock);
        checklist.CompleteItem(item.Id, HandoverOutcome.Returned, "Booked in", null, HandoverScenario.ManagerActing, records, scenario.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(refusal!.RuleId, Is.EqualTo("HC-4"));
            Assert.That(item.State, Is.EqualTo(HandoverItemState.Done));
        });
    }

    [Test]
    public void HC4_nothing_owed_is_lost_when_a_technician_leaves()
    {
        // Held before completion: the receivable of 300.00, the order owing 800.00 deposit, cash of 100.00 + 200.00.
        Assert.That(warrantyOrder.Balance, Is.EqualTo(800.00m)); // fee 0.00 + deposit 1 × 800.00 − paid 0.00
        EndEveryItemExceptCash();
        scenario.SignAll(checklist);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => Complete());
        RemitEveryCash();
        Complete();

        Assert.Multiple(() =>
        {
            Assert.That(refused!.RuleId, Is.EqualTo("HC-5"));
            Assert.That(refused.Message, Does.Contain("2 item(s) pending"));
            Assert.That(scenario.Receivable.TechnicianId, Is.EqualTo(scenario.Successor.Id));
            Assert.That(scenario.Receivable.Outstanding, Is.EqualTo(300.00m));
            Assert.That(warrantyOrder.TechnicianId, Is.EqualTo(scenario.Successor.Id));
            Assert.That(warrantyOrder.DepositsHeld, Is.EqualTo(800.00m));
            Assert.That(renewal.TechnicianId, Is.EqualTo(scenario.Successor.Id));
            Assert.That(lead.TechnicianId, Is.EqualTo(scenario.Successor.Id));

            // 100.00 + 200.00 = 300.00 cash, all with Finance before the leaver left.
            Assert.That(Money.Sum(new[] { scenario.Cash, reassignedCash }.Where(payment => payment.RemittedAt is not null).Select(payment => payment.Amount)), Is.EqualTo(300.00m));
        });
    }

    [Test]
    public void HC5_an_old_part_and_its_order_go_to_one_technician()
    {
        var order = HandoverScenario.ItemFor(checklist, warrantyOrder.Id);
        var part = HandoverScenario.ItemFor(checklist, oldPart.Id);
        checklist.CompleteItem(order.Id, HandoverOutcome.Reassigned, "To Li Ming", scenario.Successor, HandoverScenario.ManagerActing, records, scenario.Clock);
        checklist.CompleteItem(part.Id, HandoverOutcome.Transferred, "To the team lead", scenario.Supervisor, HandoverScenario.ManagerActing, records, scenario.Clock);
        RemitEveryCash();
        EndEveryItemExceptCash();
        scenario.SignAll(checklist);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => Complete());

        Assert.That(refusal!.Message, Does.Contain($"the old part goes to another technician than its order: {part.Description}"));
    }

    private void AssertNotWaivable(Guid referenceId)
    {
        var item = HandoverScenario.ItemFor(checklist, referenceId);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => checklist.WaiveItem(item.Id, "Not worth chasing", HandoverScenario.Manager, scenario.Clock));

        Assert.Multiple(() =>
        {
            Assert.That(refusal!.RuleId, Is.EqualTo("HC-4"));
            Assert.That(refusal.Message, Does.Contain("cannot be waived"));
            Assert.That(item.State, Is.EqualTo(HandoverItemState.Pending));
        });
    }

    private void RemitEveryCash()
    {
        scenario.CashOrder.RemitPayment(scenario.Cash.Id, "finance.user", scenario.Clock);
        reassignedOrder.RemitPayment(reassignedCash.Id, "finance.user", scenario.Clock);
        foreach (var cash in checklist.Items.Where(item => item is { Cash: true, IsPending: true }).ToList())
        {
            checklist.CompleteItem(cash.Id, HandoverOutcome.Remitted, "Finance took it in", null, HandoverScenario.ManagerActing, records, scenario.Clock);
        }
    }

    /// <summary>Every other item goes to the successor, the first outcome it allows.</summary>
    private void EndEveryItemExceptCash()
    {
        foreach (var item in checklist.Items.Where(item => item is { IsPending: true, Cash: false }).ToList())
        {
            var outcome = item.AllowedOutcomes[0];
            checklist.CompleteItem(item.Id, outcome, "Handed over in person", HandoverItem.TakesOver(outcome) ? scenario.Successor : null, HandoverScenario.ManagerActing, records, scenario.Clock);
        }
    }

    private void Complete() =>
        checklist.Complete(scenario.Leaver, [scenario.Leaver, scenario.Successor, scenario.Supervisor], records, HandoverScenario.Today, HandoverScenario.Manager, scenario.Clock);
}
