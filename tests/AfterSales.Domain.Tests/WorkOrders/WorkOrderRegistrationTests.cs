using System.Globalization;
using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.WorkOrders;

public sealed class WorkOrderRegistrationTests
{
    private WorkOrderScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new WorkOrderScenario();

    [Test]
    public void WO1_a_new_order_is_registered_with_its_number_and_details()
    {
        var order = given.Register();

        Assert.Multiple(() =>
        {
            Assert.That(order.Number, Is.EqualTo("WO-2026-000017"));
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Registered));
            Assert.That(order.CustomerId, Is.EqualTo(given.Customer.Id));
            Assert.That(order.EquipmentId, Is.EqualTo(given.Equipment.Id));
            Assert.That(order.Zone, Is.EqualTo(Zone.Urban));
            Assert.That(order.ReceivedAt, Is.EqualTo(ReceivedAt));
            Assert.That(order.ReceivedOn, Is.EqualTo(new DateOnly(2026, 11, 16)));
            Assert.That(order.TechnicianId, Is.Null);
            Assert.That(order.DomainEvents.OfType<WorkOrderRegistered>().Single().Number, Is.EqualTo("WO-2026-000017"));
        });
    }

    [Test]
    public void WO1_an_order_received_in_the_future_is_refused()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => given.Register(ReceivedAt.AddMinutes(1)));

        Assert.That(refusal.RuleId, Is.EqualTo("WO-1"));
    }

    [Test]
    public void WO1_equipment_not_on_the_customers_card_is_refused()
    {
        var strangersMachine = given.NewCustomer().AddEquipment("CNC-5000", "SN-9", new DateOnly(2025, 6, 1), new DateOnly(2027, 6, 1), null, given.Clock);

        var refusal = Assert.Throws<ArgumentException>(() => given.Register(equipment: strangersMachine));

        Assert.That(refusal.ParamName, Is.EqualTo("equipment"));
    }

    // The clock reads Monday 2026-11-16 10:00 in Shanghai; 07:30 in Shanghai is still the day before in UTC.
    [TestCase("2026-11-15", null, "2026-11-15T23:30:00+08:00", ServiceType.Warranty, TestName = "CU2_an_order_received_on_the_warrantys_last_local_day_is_warranty_work")]
    [TestCase("2026-11-15", null, "2026-11-16T07:30:00+08:00", ServiceType.Paid, TestName = "CU2_the_warranty_ends_by_the_company_local_date_not_the_utc_date")]
    [TestCase("2026-11-15", "2027-11-15", "2026-11-16T07:30:00+08:00", ServiceType.Contract, TestName = "CU2_after_the_warranty_an_order_under_contract_is_contract_work")]
    [TestCase("2027-06-01", "2028-06-01", "2026-11-16T07:30:00+08:00", ServiceType.Warranty, TestName = "CU2_an_order_under_warranty_and_contract_is_warranty_work")]
    [TestCase("2026-11-15", "2026-11-15", "2026-11-16T07:30:00+08:00", ServiceType.Paid, TestName = "CU2_an_order_under_neither_is_paid_work")]
    public void CU2_the_service_type_defaults_from_the_equipment_on_the_local_received_date(string warrantyEndsOn, string? contractEndsOn, string receivedAt, ServiceType expected)
    {
        var equipment = given.AddEquipment("SN-2", Date(warrantyEndsOn), contractEndsOn is null ? null : Date(contractEndsOn));

        var order = given.Register(DateTimeOffset.Parse(receivedAt, CultureInfo.InvariantCulture), equipment: equipment);

        Assert.That(order.ServiceType, Is.EqualTo(expected));
    }

    [TestCase(ServiceType.Paid)]
    [TestCase(ServiceType.Internal)]
    public void CU2_an_explicit_service_type_wins_over_the_warranty(ServiceType requested)
    {
        var order = given.Register(serviceType: requested);

        Assert.That(order.ServiceType, Is.EqualTo(requested));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
