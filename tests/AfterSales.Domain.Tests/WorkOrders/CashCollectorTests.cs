using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>WO-12 (r2): cash belongs to the technician who collected it, through reassignments, until remitted.</summary>
public sealed class CashCollectorTests
{
    private readonly WorkOrderScenario given = new();

    [Test]
    public void WO12_cash_recorded_by_a_technician_is_collected_by_that_technician()
    {
        var order = given.WorkedByPhone(ServiceType.Paid, 200.00m);

        var cash = order.RecordPayment(200.00m, PaymentMethod.Cash, given.Clock.Now, "tech.li", MoneyScenario.Calendar, given.Clock, given.Colleague.Id);

        Assert.That(cash.CollectedBy, Is.EqualTo(given.Colleague.Id));
    }

    [Test]
    public void WO12_cash_recorded_by_someone_else_was_collected_by_the_order_technician_at_the_time()
    {
        var order = given.WorkedByPhone(ServiceType.Paid, 200.00m);

        var cash = order.RecordPayment(200.00m, PaymentMethod.Cash, given.Clock.Now, "manager.amy", MoneyScenario.Calendar, given.Clock, recordedByTechnicianId: null);

        Assert.That(cash.CollectedBy, Is.EqualTo(given.Technician.Id));
    }

    [Test]
    public void WO12_money_that_reaches_the_company_directly_has_no_collector()
    {
        var order = given.WorkedByPhone(ServiceType.Paid, 200.00m);

        var transfer = order.RecordPayment(200.00m, PaymentMethod.Transfer, given.Clock.Now, "finance.fei", MoneyScenario.Calendar, given.Clock, given.Colleague.Id);

        Assert.That(transfer.CollectedBy, Is.Null);
    }

    [Test]
    public void WO12_cash_stays_with_its_collector_after_reassignment()
    {
        var order = given.WorkedByPhone(ServiceType.Paid, 200.00m);
        var cash = order.Pay(given.Clock, 200.00m);

        order.Assign(given.Colleague, WorkOrderScenario.Dispatcher, TeamReach.All, "Zhang Wei is off sick", WorkOrderScenario.Sla, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.TechnicianId, Is.EqualTo(given.Colleague.Id));
            Assert.That(cash.CollectedBy, Is.EqualTo(given.Technician.Id));
            Assert.That(cash.IsCashHeldBy(given.Technician.Id), Is.True);
            Assert.That(cash.IsCashHeldBy(given.Colleague.Id), Is.False);
        });
    }

    [Test]
    public void WO12_remitted_cash_is_held_by_nobody()
    {
        var order = given.WorkedByPhone(ServiceType.Paid, 200.00m);
        var cash = order.Pay(given.Clock, 200.00m);

        order.RemitPayment(cash.Id, "finance.fei", given.Clock);

        Assert.That(cash.IsCashHeldBy(given.Technician.Id), Is.False);
    }
}
