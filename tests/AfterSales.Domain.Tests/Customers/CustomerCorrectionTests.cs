using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;

namespace AfterSales.Domain.Tests.Customers;

/// <summary>CU-1 (r2): what a correction of the card and its machines may change, and what it never may.</summary>
public sealed class CustomerCorrectionTests
{
    private static readonly TestClock Clock = new();
    private static readonly DateOnly Today = new(2026, 11, 16);

    private Customer customer = null!;
    private Equipment machine = null!;

    [SetUp]
    public void RegisterCustomer()
    {
        customer = Customer.Register("Huadong Precision", "021-55550001", "100 Zhangjiang Rd", Zone.Urban, Today, Clock);
        machine = customer.AddEquipment("CNC-5000", "SN-1", new DateOnly(2025, 6, 1), new DateOnly(2027, 6, 1), null, Clock);
        customer.DequeueDomainEvents();
    }

    [Test]
    public void CU1_a_correction_changes_only_the_fields_it_names_and_says_which()
    {
        customer.Correct(new CustomerCorrection(Phone: Named("021-55559999"), Zone: Named<Zone?>(Zone.Suburban)), Clock);

        Assert.Multiple(() =>
        {
            Assert.That(customer.Phone, Is.EqualTo("021-55559999"));
            Assert.That(customer.Zone, Is.EqualTo(Zone.Suburban));
            Assert.That(customer.Name, Is.EqualTo("Huadong Precision"));
            Assert.That(customer.Address, Is.EqualTo("100 Zhangjiang Rd"));
            Assert.That(customer.DomainEvents.OfType<CustomerCorrected>().Single().Fields, Is.EqualTo(new[] { "Phone", "Zone" }));
        });
    }

    [Test]
    public void CU1_a_correction_to_the_values_already_there_changes_nothing()
    {
        customer.Correct(new CustomerCorrection(Name: Named("Huadong Precision")), Clock);

        Assert.That(customer.DomainEvents, Is.Empty);
    }

    [Test]
    public void CU1_the_name_phone_address_and_zone_cannot_be_removed()
    {
        var phone = Assert.Throws<InvalidInputException>(() => customer.Correct(new CustomerCorrection(Phone: Named<string?>(null)), Clock))!;
        var zone = Assert.Throws<InvalidInputException>(() => customer.Correct(new CustomerCorrection(Zone: Named<Zone?>(null)), Clock))!;

        Assert.Multiple(() =>
        {
            Assert.That(phone.Field, Is.EqualTo("phone"));
            Assert.That(zone.Field, Is.EqualTo("zone"));
            Assert.That(customer.Phone, Is.EqualTo("021-55550001"));
        });
    }

    [Test]
    public void CU1_a_serial_number_can_be_corrected_while_no_work_order_refers_to_it()
    {
        customer.CorrectEquipment(machine.Id, new EquipmentCorrection(SerialNumber: Named("SN-11")), referredToByWorkOrder: false, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(machine.SerialNumber, Is.EqualTo("SN-11"));
            Assert.That(customer.DomainEvents.OfType<EquipmentCorrected>().Single().Fields, Is.EqualTo(new[] { "SerialNumber" }));
        });
    }

    [Test]
    public void CU1_a_serial_number_a_work_order_refers_to_is_never_changed_but_its_dates_still_are()
    {
        var refused = Assert.Throws<BusinessRuleViolationException>(() => customer.CorrectEquipment(
            machine.Id, new EquipmentCorrection(SerialNumber: Named("SN-11"), WarrantyEndsOn: Named<DateOnly?>(new DateOnly(2028, 6, 1))), referredToByWorkOrder: true, Clock))!;
        customer.CorrectEquipment(machine.Id, new EquipmentCorrection(WarrantyEndsOn: Named<DateOnly?>(new DateOnly(2028, 6, 1))), referredToByWorkOrder: true, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(refused.RuleId, Is.EqualTo("CU-1"));
            Assert.That(machine.SerialNumber, Is.EqualTo("SN-1"));
            Assert.That(machine.WarrantyEndsOn, Is.EqualTo(new DateOnly(2028, 6, 1)));
        });
    }

    [Test]
    public void CU1_a_corrected_serial_number_stays_unique_per_model_on_the_card()
    {
        customer.AddEquipment("CNC-5000", "SN-2", new DateOnly(2025, 6, 1), new DateOnly(2027, 6, 1), null, Clock);

        var refused = Assert.Throws<BusinessRuleViolationException>(() =>
            customer.CorrectEquipment(machine.Id, new EquipmentCorrection(SerialNumber: Named("sn-2")), referredToByWorkOrder: false, Clock))!;

        Assert.That(refused.RuleId, Is.EqualTo("CU-1"));
    }

    [Test]
    public void CU1_a_machines_model_and_owner_are_never_corrected()
    {
        var model = Assert.Throws<BusinessRuleViolationException>(() =>
            customer.CorrectEquipment(machine.Id, new EquipmentCorrection(Model: Named("CNC-7000"), PurchaseDate: Named<DateOnly?>(new DateOnly(2025, 5, 1))), false, Clock))!;
        var owner = Assert.Throws<BusinessRuleViolationException>(() =>
            customer.CorrectEquipment(machine.Id, new EquipmentCorrection(CustomerId: Named<Guid?>(Guid.NewGuid())), false, Clock))!;

        Assert.Multiple(() =>
        {
            Assert.That((model.RuleId, owner.RuleId), Is.EqualTo(("CU-1", "CU-1")));
            Assert.That(machine.PurchaseDate, Is.EqualTo(new DateOnly(2025, 6, 1)), "refused whole");
        });
    }

    [Test]
    public void CU1_corrected_dates_keep_the_warranty_and_contract_after_the_purchase()
    {
        var refused = Assert.Throws<BusinessRuleViolationException>(() =>
            customer.CorrectEquipment(machine.Id, new EquipmentCorrection(PurchaseDate: Named<DateOnly?>(new DateOnly(2027, 7, 1))), false, Clock))!;

        Assert.That(refused.RuleId, Is.EqualTo("CU-1"));
    }

    [Test]
    public void WO6_a_machines_contract_arrival_hours_can_be_corrected_and_removed_within_1_to_200()
    {
        customer.CorrectEquipment(machine.Id, new EquipmentCorrection(ContractEndsOn: Named<DateOnly?>(new DateOnly(2027, 6, 1)), ArrivalWorkingHours: Named<int?>(24)), false, Clock);
        var corrected = machine.ArrivalWorkingHours;
        customer.CorrectEquipment(machine.Id, new EquipmentCorrection(ArrivalWorkingHours: Named<int?>(null)), false, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(corrected, Is.EqualTo(24));
            Assert.That(machine.ArrivalWorkingHours, Is.Null);
            Assert.That(machine.ContractEndsOn, Is.EqualTo(new DateOnly(2027, 6, 1)));
            Assert.Throws<InvalidInputException>(() => customer.CorrectEquipment(machine.Id, new EquipmentCorrection(ArrivalWorkingHours: Named<int?>(0)), false, Clock));
            Assert.Throws<InvalidInputException>(() => customer.CorrectEquipment(machine.Id, new EquipmentCorrection(ArrivalWorkingHours: Named<int?>(201)), false, Clock));
        });
    }

    private static Change<T> Named<T>(T value) => new(value);

    private static Change<string?> Named(string value) => new(value);
}
