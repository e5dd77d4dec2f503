using AfterSales.Domain.Common;
using AfterSales.Domain.Handovers;
using AfterSales.Domain.Technicians;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.Handovers;

/// <summary>HC-1 undone: an open handover is withdrawn and the technician stays on.</summary>
public sealed class HandoverWithdrawalTests : HandoverChecklistTest
{
    [Test]
    public void HC1_a_withdrawn_handover_hands_nothing_over_and_the_technician_is_active_again()
    {
        scenario.EndEveryItem(checklist);
        scenario.SignAll(checklist);
        scenario.Clock.SetUtcNow(At(11, 18, 9));

        checklist.Withdraw(scenario.Leaver, "  Resignation withdrawn after a pay review  ", HandoverScenario.Manager, scenario.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(checklist.Status, Is.EqualTo(HandoverStatus.Withdrawn));
            Assert.That(checklist.WithdrawalReason, Is.EqualTo("Resignation withdrawn after a pay review"));
            Assert.That(checklist.WithdrawnBy, Is.EqualTo(HandoverScenario.Manager));
            Assert.That(checklist.WithdrawnAt, Is.EqualTo(At(11, 18, 9)));
            Assert.That(checklist.CompletedAt, Is.Null);
            Assert.That(checklist.IsOverdueOn(HandoverScenario.EffectiveDate.AddDays(1)), Is.False, "HC-6 is about open checklists");
            Assert.That(scenario.Leaver.Status, Is.EqualTo(TechnicianStatus.Active));
            Assert.That(scenario.Leaver.DomainEvents.OfType<TechnicianStatusChanged>().Last().To, Is.EqualTo(TechnicianStatus.Active));
            Assert.That(scenario.Customers.Select(customer => customer.ResponsibleTechnicianId), Has.All.EqualTo(scenario.Leaver.Id));
            Assert.That(scenario.OpenOrders.Select(order => order.TechnicianId), Has.All.EqualTo(scenario.Leaver.Id));
            Assert.That(checklist.DomainEvents.OfType<HandoverWithdrawn>().Single().TechnicianId, Is.EqualTo(scenario.Leaver.Id));
        });
    }

    [Test]
    public void HC1_a_withdrawn_handover_takes_no_more_changes_and_a_new_one_can_be_started()
    {
        checklist.Withdraw(scenario.Leaver, "Started for the wrong technician", HandoverScenario.Manager, scenario.Clock);

        var again = Assert.Throws<BusinessRuleViolationException>(() => checklist.Withdraw(scenario.Leaver, "twice", HandoverScenario.Manager, scenario.Clock));
        var completed = Assert.Throws<BusinessRuleViolationException>(() => scenario.Complete(checklist));
        var restarted = scenario.Start(scenario.Records);

        Assert.Multiple(() =>
        {
            Assert.That(again!.Message, Is.EqualTo("HC-1: the handover checklist has already been withdrawn"));
            Assert.That(completed!.Message, Is.EqualTo("HC-5: the handover checklist has already been withdrawn"));
            Assert.That(Assert.Throws<BusinessRuleViolationException>(() => checklist.AddOther("late", scenario.Clock))!.RuleId, Is.EqualTo("HC-2"));
            Assert.That(restarted.Status, Is.EqualTo(HandoverStatus.Open));
            Assert.That(scenario.Leaver.Status, Is.EqualTo(TechnicianStatus.Leaving));
        });
    }

    [Test]
    public void HC1_a_completed_handover_cannot_be_withdrawn_and_a_withdrawal_needs_a_reason()
    {
        Assert.Throws<InvalidInputException>(() => checklist.Withdraw(scenario.Leaver, " ", HandoverScenario.Manager, scenario.Clock));
        scenario.EndEveryItem(checklist);
        scenario.SignAll(checklist);
        scenario.Complete(checklist);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => checklist.Withdraw(scenario.Leaver, "Changed mind", HandoverScenario.Manager, scenario.Clock));

        Assert.Multiple(() =>
        {
            Assert.That(refusal!.Message, Is.EqualTo("HC-1: the handover checklist has already been completed"));
            Assert.That(scenario.Leaver.Status, Is.EqualTo(TechnicianStatus.Departed));
        });
    }
}
