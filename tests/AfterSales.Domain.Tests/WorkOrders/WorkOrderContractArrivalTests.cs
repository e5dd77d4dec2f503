using AfterSales.Domain.Customers;
using AfterSales.Domain.ServiceLevels;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>WO-6 (r2): a Remote order's arrival hours come from its machine's maintenance contract, 16 only where it names none.</summary>
public sealed class WorkOrderContractArrivalTests
{
    private WorkOrderScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new WorkOrderScenario();

    [Test]
    public void WO6_a_remote_orders_arrival_clock_uses_its_contracts_hours()
    {
        var machine = ContractedMachine(contractEndsOn: new DateOnly(2027, 6, 1), arrivalWorkingHours: 24);

        // Monday 10:00: 7.5 working hours that day, 9 on Tuesday, and the last 7.5 from Wednesday 08:30.
        var arrival = given.Register(zone: Zone.Remote, equipment: machine).ClockOf(SlaClockName.Arrival);

        Assert.That(arrival.Deadline, Is.EqualTo(At(11, 18, 16)));
    }

    [Test]
    public void WO6_a_remote_order_whose_contract_names_no_hours_gets_the_configured_16()
    {
        var machine = ContractedMachine(contractEndsOn: new DateOnly(2027, 6, 1), arrivalWorkingHours: null);

        var arrival = given.Register(zone: Zone.Remote, equipment: machine).ClockOf(SlaClockName.Arrival);

        Assert.That(arrival.Deadline, Is.EqualTo(At(11, 17, 17)));
    }

    [Test]
    public void WO6_a_lapsed_contracts_hours_no_longer_apply()
    {
        var machine = ContractedMachine(contractEndsOn: new DateOnly(2026, 11, 15), arrivalWorkingHours: 24);

        var arrival = given.Register(zone: Zone.Remote, equipment: machine).ClockOf(SlaClockName.Arrival);

        Assert.That(arrival.Deadline, Is.EqualTo(At(11, 17, 17)));
    }

    [Test]
    public void WO6_contract_hours_apply_to_remote_orders_only()
    {
        var machine = ContractedMachine(contractEndsOn: new DateOnly(2027, 6, 1), arrivalWorkingHours: 24);

        var arrival = given.Register(zone: Zone.Urban, equipment: machine).ClockOf(SlaClockName.Arrival);

        Assert.That(arrival.Deadline, Is.EqualTo(At(11, 16, 16)));
    }

    private Equipment ContractedMachine(DateOnly contractEndsOn, int? arrivalWorkingHours) =>
        given.Customer.AddEquipment("CNC-5000", "SN-2", new DateOnly(2024, 6, 1), new DateOnly(2025, 6, 1), contractEndsOn, given.Clock, arrivalWorkingHours);
}
