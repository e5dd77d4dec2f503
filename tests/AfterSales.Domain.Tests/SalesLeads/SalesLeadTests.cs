using AfterSales.Domain.Common;
using AfterSales.Domain.SalesLeads;

namespace AfterSales.Domain.Tests.SalesLeads;

public sealed class SalesLeadTests
{
    private static readonly TestClock Clock = new();
    private static readonly Guid CustomerId = Guid.CreateVersion7();
    private static readonly Guid TechnicianId = Guid.CreateVersion7();

    private static SalesLead Record(string model = "CNC-7000", string note = "Second plant opens in spring") =>
        SalesLead.Record(CustomerId, TechnicianId, null, model, note, "tech-zhang", Clock);

    [Test]
    public void WO15_a_new_lead_is_open_and_says_who_recorded_it_and_when()
    {
        var lead = Record(model: "  CNC-7000 ");

        Assert.Multiple(() =>
        {
            Assert.That(lead.Status, Is.EqualTo(SalesLeadStatus.Open));
            Assert.That(lead.Model, Is.EqualTo("CNC-7000"));
            Assert.That(lead.CustomerId, Is.EqualTo(CustomerId));
            Assert.That(lead.TechnicianId, Is.EqualTo(TechnicianId));
            Assert.That(lead.RecordedBy, Is.EqualTo("tech-zhang"));
            Assert.That(lead.RecordedAt, Is.EqualTo(TestClock.Monday));
            Assert.That(lead.DomainEvents.OfType<SalesLeadRecorded>().Single().CustomerId, Is.EqualTo(CustomerId));
        });
    }

    [TestCase("", "note")]
    [TestCase("CNC-7000", " ")]
    public void WO15_a_lead_needs_a_model_and_a_note(string model, string note)
    {
        Assert.Throws<InvalidInputException>(() => Record(model, note));
    }

    [Test]
    public void WO15_an_open_lead_is_contacted_then_won()
    {
        var lead = Record();

        lead.MarkContacted("dispatcher.li", Clock);
        lead.MarkWon("manager.wang", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(lead.Status, Is.EqualTo(SalesLeadStatus.Won));
            Assert.That(lead.StatusChangedBy, Is.EqualTo("manager.wang"));
            Assert.That(lead.StatusChangedAt, Is.EqualTo(TestClock.Monday));
            Assert.That(
                lead.DomainEvents.OfType<SalesLeadStatusChanged>().Select(e => (e.From, e.To)),
                Is.EqualTo(new[] { (SalesLeadStatus.Open, SalesLeadStatus.Contacted), (SalesLeadStatus.Contacted, SalesLeadStatus.Won) }));
        });
    }

    [Test]
    public void WO15_an_open_lead_can_be_lost_without_a_contact()
    {
        var lead = Record();

        lead.MarkLost("dispatcher.li", Clock);

        Assert.That(lead.Status, Is.EqualTo(SalesLeadStatus.Lost));
    }

    [Test]
    public void WO15_a_won_lead_cannot_be_lost()
    {
        var lead = Record();
        lead.MarkWon("manager.wang", Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => lead.MarkLost("manager.wang", Clock));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.RuleId, Is.EqualTo("WO-15"));
            Assert.That(refusal.Message, Is.EqualTo("WO-15: the sales lead for CNC-7000 is Won and cannot be marked Lost"));
            Assert.That(lead.Status, Is.EqualTo(SalesLeadStatus.Won));
        });
    }

    [Test]
    public void WO15_a_lost_lead_cannot_be_contacted_or_won()
    {
        var lead = Record();
        lead.MarkLost("dispatcher.li", Clock);

        var contacted = Assert.Throws<BusinessRuleViolationException>(() => lead.MarkContacted("dispatcher.li", Clock));
        var won = Assert.Throws<BusinessRuleViolationException>(() => lead.MarkWon("dispatcher.li", Clock));

        Assert.That(new[] { contacted.RuleId, won.RuleId }, Is.EqualTo(new[] { "WO-15", "WO-15" }));
    }

    [Test]
    public void WO15_a_lead_is_contacted_once()
    {
        var lead = Record();
        lead.MarkContacted("dispatcher.li", Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => lead.MarkContacted("dispatcher.li", Clock));

        Assert.That(refusal.RuleId, Is.EqualTo("WO-15"));
    }
}
