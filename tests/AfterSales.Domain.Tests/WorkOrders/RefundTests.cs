using AfterSales.Domain.Common;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>WO-11 (r2), WO-12: money the customer paid that the order no longer asks for is owed back until Finance refunds it.</summary>
public sealed class RefundTests
{
    private readonly WorkOrderScenario scenario = new();

    private TestClock Clock => scenario.Clock;

    [Test]
    public void WO11_a_paid_deposit_is_owed_back_once_its_old_part_is_booked_in()
    {
        var order = scenario.WorkedByPhone(ServiceType.Warranty);
        var part = order.RequestAndIssue(Clock, quantity: 2, unitPrice: 180.00m);
        order.Pay(Clock, 360.00m, PaymentMethod.Transfer);
        order.FitPart(part.Id, null, "tech-42", MoneyScenario.TraceableLimit, Clock);
        Assert.That(order.RefundOwed, Is.EqualTo(0.00m), "fee 0 + deposit 2 × 180.00 = 360.00 − paid 360.00 = 0.00: nothing owed either way");

        order.RecordOldPartReturned(part.Id, "warehouse", Clock);

        Assert.Multiple(() =>
        {
            // fee 0.00 + deposits 0.00 − paid 360.00 + refunded 0.00 = −360.00
            Assert.That(order.Balance, Is.EqualTo(-360.00m));
            Assert.That(order.RefundOwed, Is.EqualTo(360.00m));
            Assert.That(order.DomainEvents.OfType<RefundOwedChanged>().Single().RefundOwed, Is.EqualTo(360.00m));
        });
    }

    [Test]
    public void WO12_finance_refunds_what_is_owed_in_parts_and_never_more()
    {
        var order = OrderOwingTheCustomer360();

        order.RecordRefund(200.00m, PaymentMethod.Transfer, "BANK-7781", Clock.Now, "finance.fei", MoneyScenario.Calendar, Clock);
        var tooMuch = Assert.Throws<BusinessRuleViolationException>(() =>
            order.RecordRefund(160.01m, PaymentMethod.Transfer, null, Clock.Now, "finance.fei", MoneyScenario.Calendar, Clock));
        order.RecordRefund(160.00m, PaymentMethod.Cash, null, Clock.Now, "finance.fei", MoneyScenario.Calendar, Clock);

        Assert.Multiple(() =>
        {
            // 360.00 owed − 200.00 = 160.00 left; 160.01 is a fen too many; 160.00 clears it.
            Assert.That(tooMuch!.Message, Is.EqualTo("WO-12: a refund of 160.01 exceeds the 160.00 WO-2026-000017 owes the customer"));
            Assert.That(order.Refunded, Is.EqualTo(360.00m));
            Assert.That(order.RefundOwed, Is.EqualTo(0.00m));
            Assert.That(order.Balance, Is.EqualTo(0.00m), "0.00 + 0.00 − 360.00 + 360.00");
            Assert.That(order.Refunds.Select(refund => refund.Reference), Is.EqualTo(new[] { "BANK-7781", null }));
            Assert.That(order.DomainEvents.OfType<RefundOwedChanged>().Select(e => e.RefundOwed), Is.EqualTo(new[] { 360.00m, 160.00m, 0.00m }));
        });
    }

    [Test]
    public void WO12_a_paid_part_booked_back_unused_is_owed_back()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid, labour: 300.00m);
        var part = order.RequestAndIssue(Clock, quantity: 2, unitPrice: 180.00m);
        order.Pay(Clock, 660.00m, PaymentMethod.Card);

        order.ReturnUnusedPart(part.Id, "warehouse", Clock);

        Assert.Multiple(() =>
        {
            // fee 300.00 labour once the 2 × 180.00 = 360.00 of parts went back − paid 660.00 = −360.00
            Assert.That(order.Fee, Is.EqualTo(300.00m));
            Assert.That(order.Balance, Is.EqualTo(-360.00m));
            Assert.That(order.RefundOwed, Is.EqualTo(360.00m));
        });
    }

    [Test]
    public void WO12_nothing_is_refunded_on_an_order_that_owes_the_customer_nothing()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid, labour: 300.00m);
        order.Pay(Clock, 100.00m, PaymentMethod.Cash);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            order.RecordRefund(0.01m, PaymentMethod.Cash, null, Clock.Now, "finance.fei", MoneyScenario.Calendar, Clock));

        Assert.That(refusal.Message, Is.EqualTo("WO-12: a refund of 0.01 exceeds the 0.00 WO-2026-000017 owes the customer"));
        Assert.That(order.Refunds, Is.Empty);
    }

    [Test]
    public void WO12_a_refund_is_not_dated_in_the_future()
    {
        var order = OrderOwingTheCustomer360();

        var refusal = Assert.Throws<InvalidInputException>(() =>
            order.RecordRefund(10.00m, PaymentMethod.Cash, null, Clock.Now.AddMinutes(1), "finance.fei", MoneyScenario.Calendar, Clock));

        Assert.That(refusal!.Field, Is.EqualTo("refundedAt"));
        Assert.That(order.Refunds, Is.Empty);
    }

    private WorkOrder OrderOwingTheCustomer360()
    {
        var order = scenario.WorkedByPhone(ServiceType.Warranty);
        var part = order.RequestAndIssue(Clock, quantity: 2, unitPrice: 180.00m);
        order.Pay(Clock, 360.00m, PaymentMethod.Transfer);
        order.FitPart(part.Id, null, "tech-42", MoneyScenario.TraceableLimit, Clock);
        order.RecordOldPartReturned(part.Id, "warehouse", Clock);
        return order;
    }
}
