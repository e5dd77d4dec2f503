using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Tests.WorkOrders;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.Complaints;

/// <summary>CP-1 registration, CP-2 escalation and telling the customer, CP-3 findings, and the follow-up.</summary>
public sealed class ComplaintLifecycleTests
{
    private ComplaintScenario scenario = null!;

    private TestClock Clock => scenario.Clock;

    [SetUp]
    public void CreateScenario() => scenario = new ComplaintScenario();

    [Test]
    public void CP1_a_complaint_is_registered_as_received_with_the_response_promised_to_the_customer()
    {
        var order = scenario.Orders.Assigned();

        var complaint = scenario.Register(ComplaintCategory.Timeliness, ComplaintSeverity.Major, order, accused: scenario.Technician);

        Assert.Multiple(() =>
        {
            Assert.That(complaint.Number, Is.EqualTo("CP-2026-000001"));
            Assert.That(complaint.Status, Is.EqualTo(ComplaintStatus.Received));
            Assert.That(complaint.Category, Is.EqualTo(ComplaintCategory.Timeliness));
            Assert.That(complaint.Severity, Is.EqualTo(ComplaintSeverity.Major));
            Assert.That(complaint.CustomerId, Is.EqualTo(scenario.Customer.Id));
            Assert.That(complaint.WorkOrderId, Is.EqualTo(order.Id));
            Assert.That(complaint.EquipmentId, Is.EqualTo(order.EquipmentId), "the machine is the work order's");
            Assert.That(complaint.TechnicianId, Is.EqualTo(scenario.Technician.Id));
            Assert.That(complaint.PromisedResponseBy, Is.EqualTo(ComplaintScenario.At(11, 17, 11)));
            Assert.That(complaint.RegisteredOn, Is.EqualTo(ComplaintScenario.Day(11, 16)));
            Assert.That(complaint.RegisteredBy, Is.EqualTo(ComplaintScenario.Desk));
            Assert.That(complaint.Penalty, Is.Null);
            Assert.That(complaint.DomainEvents.OfType<ComplaintRegistered>().Single().Number, Is.EqualTo("CP-2026-000001"));
        });
    }

    [Test]
    public void CP1_a_response_promised_for_a_time_already_past_is_refused()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => Complaint.Register(
            "CP-2026-000001",
            Channel.Phone,
            scenario.Customer,
            null,
            null,
            null,
            ComplaintCategory.Attitude,
            ComplaintSeverity.General,
            "Rude on the phone",
            Clock.Now.AddMinutes(-1),
            ComplaintScenario.Desk,
            ComplaintScenario.Policy.Calendar,
            Clock));

        Assert.That(refusal.Message, Is.EqualTo("CP-1: the response promised to the customer must lie in the future"));
    }

    [Test]
    public void CP1_the_related_work_order_and_machine_must_be_the_customers_and_agree()
    {
        var otherMachine = scenario.Orders.AddEquipment("SN-2", new DateOnly(2027, 6, 1), null);
        var order = scenario.Orders.Assigned();

        Assert.Throws<InvalidInputException>(() => scenario.Register(workOrder: order, equipment: otherMachine));
        Assert.That(scenario.Register(equipment: otherMachine).EquipmentId, Is.EqualTo(otherMachine.Id));
    }

    [Test]
    public void CP2_a_major_complaint_cannot_be_resolved_before_it_is_escalated_to_a_director()
    {
        var complaint = scenario.Verified(severity: ComplaintSeverity.Major);
        complaint.RecordCustomerNotified(NotificationMethod.Phone, null, null, ComplaintScenario.Desk, ComplaintScenario.Policy.Calendar, Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => complaint.Resolve(Clock));

        Assert.That(refusal.Message, Is.EqualTo("CP-2: CP-2026-000001 is Major and must be escalated to a Director before it is resolved"));
        Assert.That(complaint.Status, Is.EqualTo(ComplaintStatus.Verified));
    }

    [Test]
    public void CP2_an_escalated_major_complaint_is_resolved_and_the_escalation_says_to_whom_and_when()
    {
        var complaint = scenario.Investigating(severity: ComplaintSeverity.Major);
        Clock.SetUtcNow(ComplaintScenario.At(11, 16, 11));
        complaint.Escalate("Amy Chen", true, "Customer threatens to cancel the contract", ComplaintScenario.Desk, Clock);
        scenario.Verify(complaint);
        scenario.Visited(complaint);
        complaint.RecordCustomerNotified(NotificationMethod.Letter, null, new Letter(ComplaintScenario.Day(11, 16), "SH-2026-117"), ComplaintScenario.Desk, ComplaintScenario.Policy.Calendar, Clock);

        complaint.Resolve(Clock);

        Assert.Multiple(() =>
        {
            Assert.That(complaint.Status, Is.EqualTo(ComplaintStatus.Resolved));
            Assert.That(complaint.Escalation!.DirectorName, Is.EqualTo("Amy Chen"));
            Assert.That(complaint.Escalation.EscalatedBy, Is.EqualTo(ComplaintScenario.Desk));
            Assert.That(complaint.Escalation.EscalatedAt, Is.EqualTo(ComplaintScenario.At(11, 16, 11)));
        });
    }

    [Test]
    public void CP2_a_complaint_is_escalated_once()
    {
        var complaint = scenario.Investigating();
        complaint.Escalate("Amy Chen", true, null, ComplaintScenario.Desk, Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => complaint.Escalate("Bo Li", true, null, ComplaintScenario.Desk, Clock));

        Assert.That(refusal.Message, Is.EqualTo("CP-2: CP-2026-000001 was already escalated to Amy Chen"));
    }

    [Test]
    public void CP2_no_complaint_is_resolved_before_the_customer_is_told_the_result()
    {
        var complaint = scenario.Verified();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => complaint.Resolve(Clock));

        Assert.That(refusal.Message, Is.EqualTo("CP-2: the customer must be told the result before CP-2026-000001 is resolved"));
    }

    [Test]
    public void CP2_a_general_complaint_is_resolved_once_the_customer_was_told_how_and_when()
    {
        var complaint = scenario.Verified();
        scenario.Visited(complaint);
        Clock.SetUtcNow(ComplaintScenario.At(11, 16, 15));
        complaint.RecordCustomerNotified(NotificationMethod.Phone, "Seal replaced free of charge", null, ComplaintScenario.Desk, ComplaintScenario.Policy.Calendar, Clock);
        Clock.SetUtcNow(ComplaintScenario.At(11, 16, 16));

        complaint.Resolve(Clock);

        Assert.Multiple(() =>
        {
            Assert.That(complaint.Status, Is.EqualTo(ComplaintStatus.Resolved));
            Assert.That(complaint.ResolvedAt, Is.EqualTo(ComplaintScenario.At(11, 16, 16)));
            Assert.That(complaint.CustomerNotification!.How, Is.EqualTo(NotificationMethod.Phone));
            Assert.That(complaint.CustomerNotification.NotifiedAt, Is.EqualTo(ComplaintScenario.At(11, 16, 15)));
        });
    }

    [Test]
    public void CP2_the_customer_is_told_a_result_only_once_there_is_a_finding()
    {
        var complaint = scenario.Investigating();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => complaint.RecordCustomerNotified(NotificationMethod.Phone, null, null, ComplaintScenario.Desk, ComplaintScenario.Policy.Calendar, Clock));

        Assert.That(refusal.Message, Is.EqualTo("CP-2: CP-2026-000001 has no finding yet to tell the customer"));
    }

    [Test]
    public void CP2_a_satisfied_follow_up_closes_the_complaint()
    {
        var complaint = scenario.Resolved();

        complaint.RecordFollowUp(true, "Machine runs dry now", ComplaintScenario.Desk, Clock);

        Assert.That(complaint.Status, Is.EqualTo(ComplaintStatus.Closed));
        Assert.That(complaint.ClosedAt, Is.EqualTo(Clock.GetUtcNow()));
    }

    [Test]
    public void CP2_an_unhappy_follow_up_reopens_the_investigation_and_the_customer_must_be_told_again()
    {
        var complaint = scenario.Resolved();

        complaint.RecordFollowUp(false, "Still leaking", ComplaintScenario.Desk, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(complaint.Status, Is.EqualTo(ComplaintStatus.Investigating));
            Assert.That(complaint.IsVerified, Is.True, "the finding stands");
            Assert.That(complaint.Penalty, Is.EqualTo(300.00m));
            Assert.That(complaint.CustomerNotification, Is.Null);
            Assert.That(complaint.ResolvedAt, Is.Null);
        });
        Assert.That(WorkOrderScenario.RuleOf(() => complaint.Resolve(Clock)), Is.EqualTo("CP-2"));

        complaint.RecordCustomerNotified(NotificationMethod.Visit, "Second seal fitted", null, ComplaintScenario.Desk, ComplaintScenario.Policy.Calendar, Clock);
        complaint.Resolve(Clock);

        Assert.That(complaint.Status, Is.EqualTo(ComplaintStatus.Resolved));
    }

    [Test]
    public void CP3_a_finding_needs_an_investigation_first()
    {
        var complaint = scenario.Register();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => scenario.Verify(complaint));

        Assert.That(refusal.Message, Is.EqualTo("CP-3: cannot record a finding on CP-2026-000001 while it is Received"));
    }

    [Test]
    public void CP3_a_verified_complaint_records_its_findings_who_and_when()
    {
        var complaint = scenario.Investigating();
        Clock.SetUtcNow(ComplaintScenario.At(11, 17, 9));

        scenario.Verify(complaint);

        Assert.Multiple(() =>
        {
            Assert.That(complaint.Status, Is.EqualTo(ComplaintStatus.Verified));
            Assert.That(complaint.Verification!.Verified, Is.True);
            Assert.That(complaint.Verification.Findings, Is.EqualTo("Oil seal fitted the wrong way round"));
            Assert.That(complaint.Verification.DecidedBy, Is.EqualTo(ComplaintScenario.Lead));
            Assert.That(complaint.Verification.DecidedAt, Is.EqualTo(ComplaintScenario.At(11, 17, 9)));
            Assert.That(complaint.Verification.DecidedOn, Is.EqualTo(ComplaintScenario.Day(11, 17)));
        });
    }

    [Test]
    public void CP3_an_unfounded_complaint_is_closed_and_costs_nobody_anything()
    {
        var complaint = scenario.Investigating();

        complaint.Dismiss("The leak is from a hose the customer fitted", ComplaintScenario.Lead, null, ComplaintScenario.Policy.Calendar, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(complaint.Status, Is.EqualTo(ComplaintStatus.Unfounded));
            Assert.That(complaint.Verification!.Verified, Is.False);
            Assert.That(complaint.ClosedAt, Is.EqualTo(Clock.GetUtcNow()));
            Assert.That(complaint.ResponsibleTechnicianId, Is.Null);
            Assert.That(complaint.Penalty, Is.Null);
            Assert.That(complaint.DeductionPoints, Is.Null);
            Assert.That(complaint.DomainEvents.OfType<ComplaintVerified>(), Is.Empty);
        });
        Assert.That(WorkOrderScenario.RuleOf(() => complaint.Resolve(Clock)), Is.EqualTo("CP-2"));
    }

    [Test]
    public void CP3_a_finding_is_made_once_and_only_an_appeal_overturns_it()
    {
        var complaint = scenario.Resolved();
        complaint.RecordFollowUp(false, "Still leaking", ComplaintScenario.Desk, Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            complaint.Dismiss("On second thoughts", ComplaintScenario.Lead, null, ComplaintScenario.Policy.Calendar, Clock));

        Assert.That(refusal.Message, Is.EqualTo("CP-3: CP-2026-000001 was found verified on 2026-11-16; only an appeal (CP-8) overturns a finding"));
    }

    [Test]
    public void CP3_a_complaint_still_under_investigation_cannot_be_resolved()
    {
        var complaint = scenario.Investigating();

        Assert.That(WorkOrderScenario.RuleOf(() => complaint.Resolve(Clock)), Is.EqualTo("CP-3"));
    }

    [Test]
    public void CP2_a_complaint_is_escalated_to_a_director_and_to_nobody_else()
    {
        var complaint = scenario.Register(severity: ComplaintSeverity.Major);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => complaint.Escalate("manager.amy", false, null, ComplaintScenario.Desk, Clock));

        Assert.Multiple(() =>
        {
            Assert.That(refusal!.Message, Is.EqualTo("CP-2: manager.amy is not a Director; complaints are escalated to a Director"));
            Assert.That(complaint.Escalation, Is.Null);
        });
    }
}
