using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Renewals;
using AfterSales.Domain.Technicians;

namespace AfterSales.Domain.Tests.Renewals;

/// <summary>CU-3 (r2): the renewal task a contract opens on entering the 30-day window, and what came of it.</summary>
public sealed class RenewalTaskTests
{
    private const int WindowDays = 30;
    private static readonly DateOnly Today = new(2026, 11, 16);

    private readonly TestClock clock = new();
    private Customer customer = null!;
    private Technician technician = null!;

    [SetUp]
    public void Register()
    {
        customer = Customer.Register("Huadong Precision", "021-55550001", "100 Zhangjiang Rd", Zone.Urban, Today.AddYears(-2), clock);
        technician = Technician.Hire("T-0042", "Zhang Wei", "13800000042", "East", Position.FieldTechnician, 3, new DateOnly(2020, 1, 1), null, clock);
        customer.AssignResponsibleTechnician(technician, clock);
    }

    [Test]
    public void CU3_a_contract_ending_in_30_days_opens_a_task_for_the_responsible_technician()
    {
        var machine = customer.AddEquipment("CNC-5000", "SN-1", Today.AddYears(-2), Today.AddYears(-1), Today.AddDays(30), clock);

        var task = RenewalTask.Open(customer, machine, Today, WindowDays, clock);

        Assert.Multiple(() =>
        {
            Assert.That(task.TechnicianId, Is.EqualTo(technician.Id));
            Assert.That(task.EquipmentId, Is.EqualTo(machine.Id));
            Assert.That(task.ContractEndsOn, Is.EqualTo(new DateOnly(2026, 12, 16)));
            Assert.That(task.Status, Is.EqualTo(RenewalTaskStatus.Open));
        });
    }

    [Test]
    public void CU3_a_contract_ending_in_31_days_opens_no_task_yet()
    {
        var machine = customer.AddEquipment("CNC-5000", "SN-1", Today.AddYears(-2), Today.AddYears(-1), Today.AddDays(31), clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => RenewalTask.Open(customer, machine, Today, WindowDays, clock));

        Assert.That(refusal.RuleId, Is.EqualTo("CU-3"));
    }

    [Test]
    public void CU3_renewed_with_a_new_end_date_extends_the_contract_on_the_card_and_ends_the_task()
    {
        var machine = customer.AddEquipment("CNC-5000", "SN-1", Today.AddYears(-2), Today.AddYears(-1), Today.AddDays(20), clock);
        var task = RenewalTask.Open(customer, machine, Today, WindowDays, clock);

        task.RecordOutcome(RenewalOutcome.Renewed, "Two more years", new DateOnly(2028, 12, 6), customer, "tech-42", clock);

        Assert.Multiple(() =>
        {
            Assert.That(task.Status, Is.EqualTo(RenewalTaskStatus.Renewed));
            Assert.That(task.RenewedUntil, Is.EqualTo(new DateOnly(2028, 12, 6)));
            Assert.That(machine.ContractEndsOn, Is.EqualTo(new DateOnly(2028, 12, 6)));
        });
        Assert.That(Assert.Throws<BusinessRuleViolationException>(() =>
            task.RecordOutcome(RenewalOutcome.Declined, null, null, customer, "tech-42", clock))!.RuleId, Is.EqualTo("CU-3"), "a renewed task is done");
    }

    [Test]
    public void CU3_pending_keeps_the_task_open_for_another_try_and_declined_ends_it()
    {
        var machine = customer.AddEquipment("CNC-5000", "SN-1", Today.AddYears(-2), Today.AddYears(-1), Today.AddDays(20), clock);
        var task = RenewalTask.Open(customer, machine, Today, WindowDays, clock);

        task.RecordOutcome(RenewalOutcome.Pending, "Asks for a quote", null, customer, "tech-42", clock);
        var afterPending = task.Status;
        task.RecordOutcome(RenewalOutcome.Declined, "Buys service elsewhere", null, customer, "tech-42", clock);

        Assert.That((afterPending, task.Status, machine.ContractEndsOn), Is.EqualTo((RenewalTaskStatus.Pending, RenewalTaskStatus.Declined, Today.AddDays(20))));
    }

    [Test]
    public void CU3_a_renewal_must_end_after_the_current_contract()
    {
        var machine = customer.AddEquipment("CNC-5000", "SN-1", Today.AddYears(-2), Today.AddYears(-1), Today.AddDays(20), clock);
        var task = RenewalTask.Open(customer, machine, Today, WindowDays, clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            task.RecordOutcome(RenewalOutcome.Renewed, null, Today.AddDays(20), customer, "tech-42", clock));

        Assert.That(refusal.RuleId, Is.EqualTo("CU-3"));
        Assert.That(task.Status, Is.EqualTo(RenewalTaskStatus.Open), "nothing half-written");
    }
}
