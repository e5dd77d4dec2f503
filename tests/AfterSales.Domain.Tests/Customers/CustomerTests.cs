using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.Customers;

public sealed class CustomerTests
{
    private static readonly TestClock Clock = new();
    private static readonly DateOnly Today = new(2026, 11, 16);

    private static Customer Register(DateOnly? registeredOn = null) =>
        Customer.Register("Huadong Precision", "021-55550001", "100 Zhangjiang Rd", Zone.Urban, registeredOn ?? Today, Clock);

    [Test]
    public void CU1_a_serial_number_is_unique_per_model_on_a_card()
    {
        var customer = Register();
        customer.AddEquipment("CNC-5000", "SN-1", Today.AddYears(-1), Today.AddYears(1), null, Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            customer.AddEquipment("cnc-5000", "sn-1", Today, Today.AddYears(1), null, Clock));

        Assert.That(refusal.RuleId, Is.EqualTo("CU-1"));
    }

    [Test]
    public void CU1_the_same_serial_number_on_another_model_is_another_machine()
    {
        var customer = Register();
        customer.AddEquipment("CNC-5000", "SN-1", Today, Today.AddYears(1), null, Clock);

        customer.AddEquipment("PRESS-200", "SN-1", Today, Today.AddYears(1), null, Clock);

        Assert.That(customer.Equipment, Has.Count.EqualTo(2));
    }

    [Test]
    public void CU1_a_warranty_cannot_end_before_the_purchase()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            Register().AddEquipment("CNC-5000", "SN-1", Today, Today.AddDays(-1), null, Clock));

        Assert.That(refusal.RuleId, Is.EqualTo("CU-1"));
    }

    [TestCase("2027-11-16", null, "2026-11-16", ServiceType.Warranty, TestName = "CU2_under_warranty_on_its_last_day_is_warranty_work")]
    [TestCase("2026-11-15", "2027-06-30", "2026-11-16", ServiceType.Contract, TestName = "CU2_after_the_warranty_under_contract_is_contract_work")]
    [TestCase("2027-01-01", "2027-06-30", "2026-11-16", ServiceType.Warranty, TestName = "CU2_warranty_wins_over_a_contract")]
    [TestCase("2026-11-15", "2026-11-15", "2026-11-16", ServiceType.Paid, TestName = "CU2_neither_warranty_nor_contract_is_paid_work")]
    [TestCase("2026-11-15", null, "2026-11-16", ServiceType.Paid, TestName = "CU2_warranty_ended_yesterday_is_paid_work")]
    public void CU2_default_service_type(string warrantyEndsOn, string? contractEndsOn, string reportedOn, ServiceType expected)
    {
        var equipment = Register().AddEquipment(
            "CNC-5000",
            "SN-1",
            new DateOnly(2025, 1, 1),
            DateOnly.Parse(warrantyEndsOn, System.Globalization.CultureInfo.InvariantCulture),
            contractEndsOn is null ? null : DateOnly.Parse(contractEndsOn, System.Globalization.CultureInfo.InvariantCulture),
            Clock);

        Assert.That(equipment.DefaultServiceTypeOn(DateOnly.Parse(reportedOn, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));
    }

    [TestCase(0, true)]
    [TestCase(30, true)]
    [TestCase(31, false)]
    [TestCase(-1, false)]
    public void CU3_contract_reminder_covers_the_next_30_days(int daysUntilContractEnds, bool listed)
    {
        var equipment = Register().AddEquipment("CNC-5000", "SN-1", Today.AddYears(-3), Today.AddYears(-1), Today.AddDays(daysUntilContractEnds), Clock);

        Assert.That(ReminderRules.ContractEndingWithin(Today, 30).Compile()(equipment), Is.EqualTo(listed));
    }

    [TestCase(0, true)]
    [TestCase(90, true)]
    [TestCase(91, false)]
    [TestCase(-1, false)]
    public void CU3_warranty_reminder_covers_the_next_90_days(int daysUntilWarrantyEnds, bool listed)
    {
        var equipment = Register().AddEquipment("CNC-5000", "SN-1", Today.AddYears(-3), Today.AddDays(daysUntilWarrantyEnds), null, Clock);

        Assert.That(ReminderRules.WarrantyEndingWithin(Today, 90).Compile()(equipment), Is.EqualTo(listed));
    }

    [TestCase(90, true)]
    [TestCase(89, false)]
    public void CU4_a_customer_under_warranty_is_due_90_days_after_the_last_contact(int daysSinceContact, bool due)
    {
        var customer = Register(Today.AddYears(-1));
        customer.AddEquipment("CNC-5000", "SN-1", Today.AddYears(-1), Today.AddYears(1), null, Clock);
        customer.RecordContact(ContactKind.Visit, Today.AddDays(-daysSinceContact), "Check-up", ContactFindings.None, "desk.li", Today, Clock);

        Assert.That(ReminderRules.DueForVisit(Today, 90).Compile()(customer), Is.EqualTo(due));
    }

    [TestCase(90, true)]
    [TestCase(89, false)]
    public void CU4_a_customer_never_contacted_is_due_90_days_after_registration(int daysSinceRegistration, bool due)
    {
        var customer = Register(Today.AddDays(-daysSinceRegistration));
        customer.AddEquipment("CNC-5000", "SN-1", Today.AddYears(-1), Today.AddYears(1), null, Clock);

        Assert.That(ReminderRules.DueForVisit(Today, 90).Compile()(customer), Is.EqualTo(due));
    }

    [Test]
    public void CU4_a_customer_without_equipment_under_warranty_is_never_due()
    {
        var customer = Register(Today.AddYears(-2));
        customer.AddEquipment("CNC-5000", "SN-1", Today.AddYears(-2), Today.AddDays(-1), Today.AddYears(1), Clock);

        Assert.That(ReminderRules.DueForVisit(Today, 90).Compile()(customer), Is.False);
    }

    [Test]
    public void CU4_the_newest_contact_counts_whatever_order_they_are_logged_in()
    {
        var customer = Register(Today.AddYears(-1));
        customer.RecordContact(ContactKind.Visit, Today.AddDays(-10), null, ContactFindings.None, "desk.li", Today, Clock);
        customer.RecordContact(ContactKind.FollowUpCall, Today.AddDays(-200), null, ContactFindings.None, "desk.li", Today, Clock);

        Assert.That(customer.LastContactedOn, Is.EqualTo(Today.AddDays(-10)));
    }

    [Test]
    public void CU4_a_contact_cannot_be_logged_in_the_future()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            Register().RecordContact(ContactKind.Visit, Today.AddDays(1), null, ContactFindings.None, "desk.li", Today, Clock));

        Assert.That(refusal.RuleId, Is.EqualTo("CU-4"));
    }

    [Test]
    public void TE2_a_customer_cannot_be_put_in_the_care_of_a_technician_on_leave()
    {
        var technician = Technician.Hire("T-0042", "Zhang Wei", "1", "East", Position.FieldTechnician, 3, Today.AddYears(-2), null, Clock);
        technician.GoOnLeave(Clock);
        var customer = Register();

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => customer.AssignResponsibleTechnician(technician, Clock));

        Assert.That(refusal.Message, Is.EqualTo("TE-2: technician T-0042 is OnLeave"));
        Assert.That(customer.ResponsibleTechnicianId, Is.Null);
    }

    [Test]
    public void CU5_a_contact_records_the_five_structured_fields_and_a_blank_one_as_not_filled()
    {
        var customer = Register();

        var contact = customer.RecordContact(
            ContactKind.Visit,
            Today,
            "Quarterly visit",
            new ContactFindings("Spindle noisy after 2,000 h", "A second CNC line next year", "Competitor offers 3-year service", "Pays on time", "  "),
            "desk.li",
            Today,
            Clock);

        Assert.Multiple(() =>
        {
            Assert.That(contact.ProductQualityFeedback, Is.EqualTo("Spindle noisy after 2,000 h"));
            Assert.That(contact.CustomerNeeds, Is.EqualTo("A second CNC line next year"));
            Assert.That(contact.CompetitorNews, Is.EqualTo("Competitor offers 3-year service"));
            Assert.That(contact.CreditStanding, Is.EqualTo("Pays on time"));
            Assert.That(contact.NewProductInterest, Is.Null);
        });
    }
}
