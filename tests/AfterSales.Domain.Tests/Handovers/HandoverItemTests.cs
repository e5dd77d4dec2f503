using AfterSales.Domain.Common;
using AfterSales.Domain.Handovers;

namespace AfterSales.Domain.Tests.Handovers;

/// <summary>HC-4: items end done, with outcome, note, who and when, or waived with a reason.</summary>
public sealed class HandoverItemTests : HandoverChecklistTest
{
    [Test]
    public void HC4_a_done_item_records_outcome_note_new_technician_who_and_when()
    {
        var customer = HandoverScenario.ItemFor(checklist, scenario.Customers[0].Id);
        scenario.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 18, 9, 30, 0, TimeSpan.FromHours(8)));

        checklist.CompleteItem(customer.Id, HandoverOutcome.Reassigned, "Introduced Li Ming to the plant manager", scenario.Successor, HandoverScenario.ManagerActing, scenario.Records, scenario.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(customer.State, Is.EqualTo(HandoverItemState.Done));
            Assert.That(customer.Outcome, Is.EqualTo(HandoverOutcome.Reassigned));
            Assert.That(customer.Note, Is.EqualTo("Introduced Li Ming to the plant manager"));
            Assert.That(customer.NewTechnicianId, Is.EqualTo(scenario.Successor.Id));
            Assert.That(customer.EndedBy, Is.EqualTo(HandoverScenario.Manager));
            Assert.That(customer.EndedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 18, 1, 30, 0, TimeSpan.Zero)));
            Assert.That(scenario.Customers[0].ResponsibleTechnicianId, Is.EqualTo(scenario.Leaver.Id), "nothing moves before completion (HC-5)");
        });
    }

    [Test]
    public void HC4_an_item_handed_over_goes_to_the_successor_unless_another_technician_is_named()
    {
        var named = Guid.NewGuid();

        Assert.Multiple(() =>
        {
            Assert.That(checklist.TakerFor(HandoverOutcome.Reassigned, null), Is.EqualTo(scenario.Successor.Id));
            Assert.That(checklist.TakerFor(HandoverOutcome.Transferred, null), Is.EqualTo(scenario.Successor.Id));
            Assert.That(checklist.TakerFor(HandoverOutcome.Reassigned, named), Is.EqualTo(named));
            Assert.That(checklist.TakerFor(HandoverOutcome.Returned, null), Is.Null);
        });
    }

    [Test]
    public void HC4_reassigning_to_a_technician_who_is_not_active_is_refused_by_TE2()
    {
        var order = HandoverScenario.ItemFor(checklist, scenario.OpenOrders[0].Id);
        scenario.Supervisor.GoOnLeave(scenario.Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            checklist.CompleteItem(order.Id, HandoverOutcome.Reassigned, "To the team lead", scenario.Supervisor, HandoverScenario.ManagerActing, scenario.Records, scenario.Clock));

        Assert.That(refusal!.Message, Is.EqualTo("TE-2: technician T-0001 is OnLeave"));
        Assert.That(order.IsPending, Is.True);
    }

    [TestCase(HandoverItemKind.Customer, new[] { HandoverOutcome.Reassigned })]
    [TestCase(HandoverItemKind.WorkOrder, new[] { HandoverOutcome.Reassigned })]
    [TestCase(HandoverItemKind.Property, new[] { HandoverOutcome.Returned, HandoverOutcome.Transferred, HandoverOutcome.Lost })]
    public void HC4_each_kind_of_item_ends_with_its_own_outcomes(HandoverItemKind kind, HandoverOutcome[] outcomes)
    {
        Assert.That(checklist.Items.First(item => item.Kind == kind).AllowedOutcomes, Is.EqualTo(outcomes));
    }

    [Test]
    public void HC4_a_receivable_is_settled_or_transferred_and_cash_is_remitted()
    {
        Assert.Multiple(() =>
        {
            Assert.That(HandoverScenario.ItemFor(checklist, scenario.Receivable.Id).AllowedOutcomes, Is.EqualTo(new[] { HandoverOutcome.Transferred, HandoverOutcome.Settled }));
            Assert.That(HandoverScenario.ItemFor(checklist, scenario.Cash.Id).AllowedOutcomes, Is.EqualTo(new[] { HandoverOutcome.Remitted }));
            Assert.That(checklist.AddOther("Locker key", scenario.Clock).AllowedOutcomes, Is.EqualTo(new[] { HandoverOutcome.Handled }));
        });
    }

    [Test]
    public void HC4_an_outcome_that_does_not_fit_the_item_or_a_taker_where_none_is_handed_over_is_refused()
    {
        var customer = HandoverScenario.ItemFor(checklist, scenario.Customers[0].Id);
        var tool = HandoverScenario.ItemFor(checklist, scenario.Tool.Id);

        Assert.Throws<InvalidInputException>(() => checklist.CompleteItem(customer.Id, HandoverOutcome.Returned, "n/a", null, HandoverScenario.ManagerActing, scenario.Records, scenario.Clock));
        Assert.Throws<InvalidInputException>(() => checklist.CompleteItem(customer.Id, HandoverOutcome.Reassigned, "n/a", null, HandoverScenario.ManagerActing, scenario.Records, scenario.Clock));
        Assert.Throws<InvalidInputException>(() => checklist.CompleteItem(tool.Id, HandoverOutcome.Returned, "n/a", scenario.Successor, HandoverScenario.ManagerActing, scenario.Records, scenario.Clock));
        Assert.That(checklist.Items.Where(item => !item.IsPending), Is.Empty);
    }

    [Test]
    public void HC4_a_waived_item_records_the_reason()
    {
        var other = checklist.AddOther("Return the canteen card", scenario.Clock);

        checklist.WaiveItem(other.Id, "Canteen cards were withdrawn company-wide", HandoverScenario.Manager, scenario.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(other.State, Is.EqualTo(HandoverItemState.Waived));
            Assert.That(other.Outcome, Is.Null);
            Assert.That(other.Note, Is.EqualTo("Canteen cards were withdrawn company-wide"));
            Assert.That(other.EndedBy, Is.EqualTo(HandoverScenario.Manager));
        });
        Assert.Throws<InvalidInputException>(() => checklist.WaiveItem(HandoverScenario.ItemFor(checklist, scenario.Tool.Id).Id, " ", HandoverScenario.Manager, scenario.Clock));
    }

    [Test]
    public void HC4_an_ended_item_does_not_end_again()
    {
        var tool = HandoverScenario.ItemFor(checklist, scenario.Tool.Id);
        checklist.CompleteItem(tool.Id, HandoverOutcome.Returned, "Back in the store", null, HandoverScenario.ManagerActing, scenario.Records, scenario.Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => checklist.WaiveItem(tool.Id, "changed my mind", HandoverScenario.Manager, scenario.Clock));

        Assert.That(refusal!.Message, Is.EqualTo("HC-4: the item \"Return, transfer or record as lost: Tool Torque wrench (asset TW-01)\" is already Done"));
    }

    [Test]
    public void HC4_an_unknown_item_is_not_found()
    {
        Assert.Throws<NotFoundException>(() => checklist.WaiveItem(Guid.NewGuid(), "no such item", HandoverScenario.Manager, scenario.Clock));
    }

    [Test]
    public void HC4_property_is_confirmed_returned_by_the_supervisor_or_a_manager_never_by_the_leaver()
    {
        var tool = HandoverScenario.ItemFor(checklist, scenario.Tool.Id);

        var byTheLeaver = Assert.Throws<BusinessRuleViolationException>(() =>
            checklist.CompleteItem(tool.Id, HandoverOutcome.Returned, "I put it back", null, scenario.LeaverActing, scenario.Records, scenario.Clock));
        var byTheSuccessor = Assert.Throws<BusinessRuleViolationException>(() =>
            checklist.CompleteItem(tool.Id, HandoverOutcome.Returned, "Saw it back", null, scenario.SuccessorActing, scenario.Records, scenario.Clock));
        checklist.CompleteItem(tool.Id, HandoverOutcome.Returned, "Back in the store, checked", null, scenario.SupervisorActing, scenario.Records, scenario.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(byTheLeaver!.Message, Is.EqualTo("HC-4: Return, transfer or record as lost: Tool Torque wrench (asset TW-01): property is confirmed returned by the supervisor or a Manager, never by the leaver"));
            Assert.That(byTheSuccessor!.RuleId, Is.EqualTo("HC-4"));
            Assert.That(tool.State, Is.EqualTo(HandoverItemState.Done));
            Assert.That(tool.EndedBy, Is.EqualTo("lead.chen"));
        });
    }
}
