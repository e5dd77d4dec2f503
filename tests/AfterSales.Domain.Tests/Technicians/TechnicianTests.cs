using AfterSales.Domain.Common;
using AfterSales.Domain.Technicians;

namespace AfterSales.Domain.Tests.Technicians;

public sealed class TechnicianTests
{
    private static readonly TestClock Clock = new();
    private static readonly DateOnly Today = new(2026, 11, 16);

    private static Technician Hire(string employeeNumber = "T-0042") =>
        Technician.Hire(employeeNumber, "Zhang Wei", "13800000042", "East", Position.FieldTechnician, 3, new DateOnly(2020, 3, 1), null, Clock);

    [Test]
    public void TE1_a_new_technician_is_active_with_the_given_details()
    {
        var technician = Hire();

        Assert.Multiple(() =>
        {
            Assert.That(technician.Status, Is.EqualTo(TechnicianStatus.Active));
            Assert.That(technician.EmployeeNumber, Is.EqualTo("T-0042"));
            Assert.That(technician.PayLevel, Is.EqualTo(3));
            Assert.That(technician.DomainEvents.OfType<TechnicianHired>().Single().EmployeeNumber, Is.EqualTo("T-0042"));
        });
    }

    [Test]
    public void TE1_pay_level_starts_at_one()
    {
        Assert.Throws<InvalidInputException>(() =>
            Technician.Hire("T-0043", "Li Ming", "1", "East", Position.Installer, 0, Today, null, Clock));
    }

    [Test]
    public void TE2_an_active_technician_can_take_new_work()
    {
        Assert.DoesNotThrow(() => Hire().EnsureCanTakeNewWork());
    }

    [Test]
    public void TE2_a_technician_on_leave_is_refused_new_work_naming_the_status()
    {
        var technician = Hire();
        technician.GoOnLeave(Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(technician.EnsureCanTakeNewWork);

        Assert.That(refusal.RuleId, Is.EqualTo("TE-2"));
        Assert.That(refusal.Message, Is.EqualTo("TE-2: technician T-0042 is OnLeave"));
    }

    [Test]
    public void TE2_back_from_leave_the_technician_can_take_work_again()
    {
        var technician = Hire();
        technician.GoOnLeave(Clock);
        technician.ReturnFromLeave(Clock);

        Assert.That(technician.Status, Is.EqualTo(TechnicianStatus.Active));
        Assert.DoesNotThrow(technician.EnsureCanTakeNewWork);
        Assert.That(technician.DomainEvents.OfType<TechnicianStatusChanged>().Select(e => e.To), Is.EqualTo(new[] { TechnicianStatus.OnLeave, TechnicianStatus.Active }));
    }

    [Test]
    public void TE1_going_on_leave_twice_is_refused()
    {
        var technician = Hire();
        technician.GoOnLeave(Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => technician.GoOnLeave(Clock));

        Assert.That(refusal.RuleId, Is.EqualTo("TE-1"));
    }

    [Test]
    public void TE4_issued_property_is_outstanding_until_returned()
    {
        var technician = Hire();
        var item = technician.IssueProperty(PropertyKind.Tool, "Torque wrench", "TW-001", Today.AddDays(-10), 450m, Clock);

        Assert.That(item.IsOutstanding, Is.True);

        technician.ReturnProperty(item.Id, Today, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(item.IsOutstanding, Is.False);
            Assert.That(item.ReturnedOn, Is.EqualTo(Today));
            Assert.That(item.Compensation, Is.Null);
        });
    }

    [Test]
    public void TE4_a_lost_item_is_charged_at_its_original_price()
    {
        var technician = Hire();
        var item = technician.IssueProperty(PropertyKind.Device, "Diagnostic tablet", "TAB-0107", Today.AddYears(-1), 3200m, Clock);

        technician.ReportPropertyLost(item.Id, Today, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(item.Compensation, Is.EqualTo(3200.00m));
            Assert.That(item.LostOn, Is.EqualTo(Today));
            Assert.That(technician.DomainEvents.OfType<PropertyLost>().Single().Compensation, Is.EqualTo(3200.00m));
        });
    }

    [Test]
    public void TE4_the_same_asset_cannot_be_issued_twice_while_outstanding()
    {
        var technician = Hire();
        technician.IssueProperty(PropertyKind.Tool, "Torque wrench", "TW-001", Today, 450m, Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            technician.IssueProperty(PropertyKind.Tool, "Torque wrench", "tw-001", Today, 450m, Clock));

        Assert.That(refusal.RuleId, Is.EqualTo("TE-4"));
    }

    [Test]
    public void TE4_a_returned_asset_can_be_issued_again()
    {
        var technician = Hire();
        var first = technician.IssueProperty(PropertyKind.Tool, "Torque wrench", "TW-001", Today.AddDays(-5), 450m, Clock);
        technician.ReturnProperty(first.Id, Today, Clock);

        Assert.DoesNotThrow(() => technician.IssueProperty(PropertyKind.Tool, "Torque wrench", "TW-001", Today, 450m, Clock));
        Assert.That(technician.Property, Has.Count.EqualTo(2));
    }

    [Test]
    public void TE4_an_item_cannot_come_back_twice_or_before_it_was_issued()
    {
        var technician = Hire();
        var item = technician.IssueProperty(PropertyKind.Vehicle, "Service van", "VAN-7", Today, 98000m, Clock);

        Assert.That(Assert.Throws<BusinessRuleViolationException>(() => technician.ReturnProperty(item.Id, Today.AddDays(-1), Clock))!.RuleId, Is.EqualTo("TE-4"));
        technician.ReturnProperty(item.Id, Today, Clock);
        Assert.That(Assert.Throws<BusinessRuleViolationException>(() => technician.ReportPropertyLost(item.Id, Today, Clock))!.RuleId, Is.EqualTo("TE-4"));
    }

    [Test]
    public void TE4_returning_an_unknown_item_is_not_found()
    {
        Assert.Throws<NotFoundException>(() => Hire().ReturnProperty(Guid.NewGuid(), Today, Clock));
    }

    [Test]
    public void TE5_a_discipline_record_keeps_kind_date_note_and_recorder()
    {
        var technician = Hire();

        var record = technician.RecordDiscipline(DisciplineKind.LateArrival, Today.AddDays(-2), "Arrived 09:10", "lead.wang", Today, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(technician.Discipline, Has.Count.EqualTo(1));
            Assert.That(record.Kind, Is.EqualTo(DisciplineKind.LateArrival));
            Assert.That(record.OccurredOn, Is.EqualTo(Today.AddDays(-2)));
            Assert.That(record.RecordedBy, Is.EqualTo("lead.wang"));
            Assert.That(technician.DomainEvents.OfType<DisciplineRecorded>().Single().Kind, Is.EqualTo(DisciplineKind.LateArrival));
        });
    }

    [Test]
    public void TE5_a_discipline_record_cannot_be_dated_in_the_future()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            Hire().RecordDiscipline(DisciplineKind.Absence, Today.AddDays(1), "Tomorrow", "lead.wang", Today, Clock));

        Assert.That(refusal.RuleId, Is.EqualTo("TE-5"));
    }

    [Test]
    public void TE5_a_discipline_record_cannot_predate_the_hire()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            Hire().RecordDiscipline(DisciplineKind.EarlyLeave, new DateOnly(2020, 2, 28), "Before hire", "lead.wang", Today, Clock));

        Assert.That(refusal.RuleId, Is.EqualTo("TE-5"));
    }
}
