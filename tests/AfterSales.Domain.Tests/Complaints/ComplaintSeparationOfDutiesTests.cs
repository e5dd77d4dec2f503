using AfterSales.Domain.Common;
using AfterSales.Domain.Tests.WorkOrders;

namespace AfterSales.Domain.Tests.Complaints;

/// <summary>CP-4 (r2): nobody verifies or decides a complaint in which they are the accused or the responsible person.</summary>
public sealed class ComplaintSeparationOfDutiesTests
{
    private readonly ComplaintScenario scenario = new();

    [Test]
    public void CP4_the_accused_technician_cannot_verify_the_complaint_against_them()
    {
        var complaint = scenario.Investigating(); // accuses scenario.Technician

        var rule = WorkOrderScenario.RuleOf(() => complaint.Verify(
            "Not my fault", scenario.Colleague, 100.00m, false, false, [], "tech.zhang", scenario.Technician.Id, ComplaintScenario.Policy, scenario.Clock));

        Assert.Multiple(() =>
        {
            Assert.That(rule, Is.EqualTo("CP-4"));
            Assert.That(complaint.Verification, Is.Null);
        });
    }

    [Test]
    public void CP4_the_technician_named_responsible_cannot_be_the_one_who_verifies()
    {
        var complaint = scenario.Investigating();

        var rule = WorkOrderScenario.RuleOf(() => complaint.Verify(
            "The fitting was wrong", scenario.Colleague, 100.00m, false, false, [], "lead.li", scenario.Colleague.Id, ComplaintScenario.Policy, scenario.Clock));

        Assert.That(rule, Is.EqualTo("CP-4"));
    }

    [Test]
    public void CP4_the_accused_cannot_dismiss_the_complaint_against_them()
    {
        var complaint = scenario.Investigating();

        var rule = WorkOrderScenario.RuleOf(() => complaint.Dismiss(
            "Customer error", "tech.zhang", scenario.Technician.Id, ComplaintScenario.Policy.Calendar, scenario.Clock));

        Assert.That(rule, Is.EqualTo("CP-4"));
    }

    [Test]
    public void CP4_the_responsible_technician_cannot_decide_their_own_appeal()
    {
        var complaint = scenario.Verified(); // scenario.Technician responsible
        var appeal = scenario.Appeal(complaint);

        var rule = WorkOrderScenario.RuleOf(() => complaint.DecideAppeal(appeal.Id, true, "Upheld by myself", new Actor("tech.zhang", scenario.Technician.Id, IsManager: true, IsDirector: false), scenario.Clock));

        Assert.Multiple(() =>
        {
            Assert.That(rule, Is.EqualTo("CP-4"));
            Assert.That(appeal.DecidedAt, Is.Null);
        });
    }

    [Test]
    public void CP4_someone_who_is_no_party_verifies_as_before()
    {
        var complaint = scenario.Investigating();

        complaint.Verify("The seal was fitted the wrong way round", scenario.Technician, 100.00m, false, false, [], "lead.li", scenario.Colleague.Id, ComplaintScenario.Policy, scenario.Clock);

        Assert.That(complaint.ResponsibleTechnicianId, Is.EqualTo(scenario.Technician.Id));
    }
}
