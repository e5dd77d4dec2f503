using AfterSales.Domain.Common;
using AfterSales.Domain.Technicians;

namespace AfterSales.Domain.Tests.Technicians;

/// <summary>TE-1 (r2): a technician's name, phone, pay level and supervisor can be corrected; team and status never (TE-3).</summary>
public sealed class TechnicianCorrectionTests
{
    private static readonly TestClock Clock = new();

    private Technician technician = null!;

    [SetUp]
    public void Hire()
    {
        technician = Technician.Hire("T-0042", "Zhang Wei", "13800000042", "East", Position.FieldTechnician, 3, new DateOnly(2020, 3, 1), null, Clock);
        technician.DequeueDomainEvents();
    }

    [Test]
    public void TE1_name_phone_pay_level_and_supervisor_can_be_corrected()
    {
        var supervisorId = Guid.NewGuid();

        technician.Correct(new TechnicianCorrection(Name: new("Zhang Wei (张伟)"), Phone: new("13900000042"), PayLevel: new(4), SupervisorId: new(supervisorId)), Clock);

        Assert.Multiple(() =>
        {
            Assert.That((technician.Name, technician.Phone, technician.PayLevel, technician.SupervisorId), Is.EqualTo(("Zhang Wei (张伟)", "13900000042", 4, (Guid?)supervisorId)));
            Assert.That(technician.DomainEvents.OfType<TechnicianCorrected>().Single().Fields, Is.EqualTo(new[] { "Name", "Phone", "PayLevel", "SupervisorId" }));
        });
    }

    [Test]
    public void TE1_a_corrected_pay_level_stays_at_least_one()
    {
        var refused = Assert.Throws<InvalidInputException>(() => technician.Correct(new TechnicianCorrection(PayLevel: new(0)), Clock))!;

        Assert.Multiple(() =>
        {
            Assert.That(refused.Field, Is.EqualTo("payLevel"));
            Assert.That(technician.PayLevel, Is.EqualTo(3));
        });
    }

    [Test]
    public void TE1_a_technician_cannot_supervise_themselves()
    {
        Assert.Throws<InvalidInputException>(() => technician.Correct(new TechnicianCorrection(SupervisorId: new(technician.Id)), Clock));
    }

    [Test]
    public void TE3_a_correction_naming_the_team_or_status_is_refused_whole()
    {
        var team = Assert.Throws<BusinessRuleViolationException>(() =>
            technician.Correct(new TechnicianCorrection(Phone: new("13900000042"), Team: new("West")), Clock))!;
        var status = Assert.Throws<BusinessRuleViolationException>(() =>
            technician.Correct(new TechnicianCorrection(Status: new(TechnicianStatus.Departed)), Clock))!;

        Assert.Multiple(() =>
        {
            Assert.That((team.RuleId, status.RuleId), Is.EqualTo(("TE-3", "TE-3")));
            Assert.That((technician.Team, technician.Status, technician.Phone), Is.EqualTo(("East", TechnicianStatus.Active, "13800000042")));
        });
    }

    [Test]
    public void TE1_the_employee_number_position_and_hire_date_are_never_corrected()
    {
        string RuleOf(TechnicianCorrection correction) => Assert.Throws<BusinessRuleViolationException>(() => technician.Correct(correction, Clock))!.RuleId;

        Assert.Multiple(() =>
        {
            Assert.That(RuleOf(new TechnicianCorrection(EmployeeNumber: new("T-0099"))), Is.EqualTo("TE-1"));
            Assert.That(RuleOf(new TechnicianCorrection(Position: new(Position.TeamLead))), Is.EqualTo("TE-1"));
            Assert.That(RuleOf(new TechnicianCorrection(HireDate: new(new DateOnly(2019, 1, 1)))), Is.EqualTo("TE-1"));
        });
    }
}
