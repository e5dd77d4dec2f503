using AfterSales.Domain.Invoicing;
using AfterSales.Domain.PartsOrders;
using AfterSales.Domain.Pricing;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.Shipping;
using AfterSales.Domain.Tests.Handovers;
using AfterSales.Domain.Tests.WorkOrders;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.PartsOrders;

/// <summary>PR-2 and PR-3 on the default [Pricing:PaymentConfirmHours] (12) for the scenario's customer, whose responsible technician is T-0042.</summary>
public sealed class PartsOrderTests
{
    private static readonly TimeSpan ConfirmWithin = TimeSpan.FromHours(12);

    private readonly WorkOrderScenario scenario = new();

    private TestClock Clock => scenario.Clock;

    [SetUp]
    public void CustomerServedByZhangWei()
    {
        Clock.SetUtcNow(At(3, 13, 9));
        scenario.Customer.AssignResponsibleTechnician(scenario.Technician, Clock);
    }

    [Test]
    public void PR2_the_total_is_quantity_times_the_list_price_summed()
    {
        var order = Order();

        // 3 × 180.00 = 540.00; 2 × 49.50 = 99.00; 540.00 + 99.00 = 639.00.
        Assert.Multiple(() =>
        {
            Assert.That(order.Lines.Select(line => line.LineTotal), Is.EqualTo(new[] { 540.00m, 99.00m }));
            Assert.That(order.Total, Is.EqualTo(639.00m));
            Assert.That(order.Outstanding, Is.EqualTo(639.00m));
            Assert.That(order.Status, Is.EqualTo(PartsOrderStatus.AwaitingPayment));
            Assert.That(order.Lines[0].Name, Is.EqualTo("Drive belt"), "the list names the part");
        });
    }

    [Test]
    public void PR1_a_price_other_than_the_lists_needs_a_reason()
    {
        Assert.That(RuleOf(() => Order(new PartsOrderLineRequest("BLT-200", null, 3, 170.00m, null, Belt))), Is.EqualTo("PR-1"));

        var order = Order(new PartsOrderLineRequest("BLT-200", null, 3, 170.00m, "Loyal customer, agreed by the Manager", Belt));

        // 3 × 170.00 = 510.00, the list's 180.00 kept beside it.
        Assert.Multiple(() =>
        {
            Assert.That(order.Total, Is.EqualTo(510.00m));
            Assert.That(order.Lines.Single().ListPrice, Is.EqualTo(180.00m));
        });
    }

    [Test]
    public void PR1_a_part_off_the_list_carries_its_price_and_a_reason()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RuleOf(() => Order(new PartsOrderLineRequest("ZX-1", "Special seal", 1, null, null, null))), Is.EqualTo("PR-1"));
            Assert.That(RuleOf(() => Order(new PartsOrderLineRequest("ZX-1", "Special seal", 1, 25.00m, null, null))), Is.EqualTo("PR-1"));
        });

        var order = Order(new PartsOrderLineRequest("ZX-1", "Special seal", 4, 25.00m, "Bought in for this customer", null));

        // 4 × 25.00 = 100.00.
        Assert.That(order.Total, Is.EqualTo(100.00m));
    }

    [Test]
    public void PR2_payment_arriving_friday_at_10_is_confirmed_by_22_in_time_and_releases_the_shipment()
    {
        var order = Order();
        Clock.SetUtcNow(At(3, 13, 10));
        order.RecordPaymentArrival(Clock.Now, 639.00m, PaymentMethod.Transfer, "ICBC 88120", "desk.li", ConfirmWithin, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(PartsOrderStatus.PaymentArrived));
            // Friday 03-13 10:00 + 12 h = Friday 22:00, in calendar hours.
            Assert.That(order.PaymentConfirmation.Deadline, Is.EqualTo(At(3, 13, 22)));
            Assert.That(order.NextClockDeadline, Is.EqualTo(At(3, 13, 22)));
        });

        Clock.SetUtcNow(At(3, 13, 22));
        order.ConfirmPayment("finance.zhou", MoneyScenario.Calendar, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(PartsOrderStatus.Paid));
            Assert.That(order.PaymentConfirmation.State, Is.EqualTo(SlaState.Met), "22:00 is by the deadline");
            Assert.That(order.ConfirmedLate, Is.False);
            Assert.That(order.Outstanding, Is.EqualTo(0.00m));
            Assert.That(order.NextClockDeadline, Is.Null);
        });
    }

    [Test]
    public void PR2_a_payment_confirmed_at_22_01_is_late_and_stays_flagged()
    {
        var order = Order();
        Clock.SetUtcNow(At(3, 13, 10));
        order.RecordPaymentArrival(Clock.Now, 639.00m, PaymentMethod.Transfer, null, "desk.li", ConfirmWithin, Clock);

        Clock.SetUtcNow(At(3, 13, 22, 1));
        order.ConfirmPayment("finance.zhou", MoneyScenario.Calendar, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(PartsOrderStatus.Paid), "late, but confirmed: the shipment is released");
            Assert.That(order.PaymentConfirmation.State, Is.EqualTo(SlaState.Breached), "one minute past Friday 22:00");
            Assert.That(order.ConfirmedLate, Is.True);
            Assert.That(order.DomainEvents.OfType<PartsOrderConfirmationLate>().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void PR2_the_sweep_marks_an_unconfirmed_payment_late_once()
    {
        var order = Order();
        Clock.SetUtcNow(At(3, 13, 10));
        order.RecordPaymentArrival(Clock.Now, 639.00m, PaymentMethod.Transfer, null, "desk.li", ConfirmWithin, Clock);

        order.DetectBreaches(At(3, 13, 22, 1));
        order.DetectBreaches(At(3, 13, 23));

        Assert.Multiple(() =>
        {
            Assert.That(order.PaymentConfirmation.State, Is.EqualTo(SlaState.Breached));
            Assert.That(order.DomainEvents.OfType<PartsOrderConfirmationLate>().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void PR2_nothing_ships_before_the_payment_is_confirmed()
    {
        var order = Order();

        Assert.That(RuleOf(() => Ship(order, "SF100")), Is.EqualTo("PR-2"), "awaiting payment");

        order.RecordPaymentArrival(Clock.Now, 639.00m, PaymentMethod.Transfer, null, "desk.li", ConfirmWithin, Clock);

        Assert.That(RuleOf(() => Ship(order, "SF100")), Is.EqualTo("PR-2"), "arrived, not yet confirmed by Finance");

        order.ConfirmPayment("finance.zhou", MoneyScenario.Calendar, Clock);
        var shipment = Ship(order, "SF100");

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(PartsOrderStatus.Shipped));
            Assert.That(shipment.ShippedFor, Is.EqualTo(ShipmentFor.PartsOrder));
            Assert.That(shipment.ShippedForNumber, Is.EqualTo("PO-2026-000001"));
            Assert.That(order.ShipmentId, Is.EqualTo(shipment.Id));
        });
    }

    [Test]
    public void PR2_a_partial_payment_keeps_the_order_waiting_for_the_rest()
    {
        var order = Order();
        order.RecordPaymentArrival(Clock.Now, 600.00m, PaymentMethod.Transfer, null, "desk.li", ConfirmWithin, Clock);
        order.ConfirmPayment("finance.zhou", MoneyScenario.Calendar, Clock);

        // 639.00 − 600.00 = 39.00 still owed; more than that cannot arrive.
        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(PartsOrderStatus.AwaitingPayment));
            Assert.That(order.Outstanding, Is.EqualTo(39.00m));
            Assert.That(RuleOf(() => Ship(order, "SF100")), Is.EqualTo("PR-2"));
            Assert.That(RuleOf(() => order.RecordPaymentArrival(Clock.Now, 39.01m, PaymentMethod.Transfer, null, "desk.li", ConfirmWithin, Clock)), Is.EqualTo("PR-2"));
        });

        order.RecordPaymentArrival(Clock.Now, 39.00m, PaymentMethod.Transfer, null, "desk.li", ConfirmWithin, Clock);
        order.ConfirmPayment("finance.zhou", MoneyScenario.Calendar, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(PartsOrderStatus.Paid));
            Assert.That(order.PaymentConfirmation.Round, Is.EqualTo(2), "a confirmation clock per arrival");
        });
    }

    [Test]
    public void PR2_on_account_opens_a_receivable_owed_through_the_responsible_technician_for_the_total_and_releases_the_shipment()
    {
        var order = Order();

        var receivable = order.AcceptOnAccount(scenario.Customer, scenario.Technician.Id, MoneyScenario.Calendar, Clock);
        var shipment = Ship(order, "SF200");

        Assert.Multiple(() =>
        {
            Assert.That(receivable.TechnicianId, Is.EqualTo(scenario.Technician.Id));
            Assert.That(receivable.Amount, Is.EqualTo(639.00m), "the whole total, 639.00");
            Assert.That(receivable.Outstanding, Is.EqualTo(639.00m));
            Assert.That(receivable.PartsOrderId, Is.EqualTo(order.Id));
            Assert.That(receivable.WorkOrderId, Is.Null);
            Assert.That(receivable.OrderNumber, Is.EqualTo("PO-2026-000001"));
            Assert.That(receivable.OpenedOn, Is.EqualTo(new DateOnly(2026, 3, 13)));
            Assert.That(order.Status, Is.EqualTo(PartsOrderStatus.Shipped));
            Assert.That(shipment.ShippedForId, Is.EqualTo(order.Id));
        });
    }

    [Test]
    public void PR2_only_the_customers_responsible_technician_takes_it_on_account()
    {
        var order = Order();

        Assert.That(RuleOf(() => order.AcceptOnAccount(scenario.Customer, scenario.Colleague.Id, MoneyScenario.Calendar, Clock)), Is.EqualTo("PR-2"));
        Assert.That(order.Status, Is.EqualTo(PartsOrderStatus.AwaitingPayment));
    }

    [Test]
    public void PR2_WO12_a_later_payment_on_account_pays_off_the_receivable()
    {
        var order = Order();
        var receivable = order.AcceptOnAccount(scenario.Customer, scenario.Technician.Id, MoneyScenario.Calendar, Clock);
        Ship(order, "SF300");
        order.RecordPaymentArrival(Clock.Now, 639.00m, PaymentMethod.Transfer, null, "desk.li", ConfirmWithin, Clock);
        order.ConfirmPayment("finance.zhou", MoneyScenario.Calendar, Clock);
        var confirmed = order.DomainEvents.OfType<PartsOrderPaymentConfirmed>().Single();

        // What ApplyPaymentToReceivable does with the event: 639.00 − 639.00 = 0.00 owed.
        receivable.ApplyPayment(confirmed.Amount, confirmed.PaidOn, MoneyScenario.Calendar, 2, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(PartsOrderStatus.Shipped), "payment does not move a shipped order");
            Assert.That(order.Outstanding, Is.EqualTo(0.00m));
            Assert.That(confirmed.Amount, Is.EqualTo(639.00m));
            Assert.That(receivable.IsSettled, Is.True);
            Assert.That(receivable.ReleaseBy, Is.Null, "nothing was deducted, so nothing is given back");
        });
    }

    [Test]
    public void PR2_a_paid_or_on_account_order_is_no_longer_cancelled()
    {
        var paid = Order();
        paid.RecordPaymentArrival(Clock.Now, 639.00m, PaymentMethod.Card, null, "desk.li", ConfirmWithin, Clock);
        paid.ConfirmPayment("finance.zhou", MoneyScenario.Calendar, Clock);
        var arrived = Order();
        arrived.RecordPaymentArrival(Clock.Now, 639.00m, PaymentMethod.Card, null, "desk.li", ConfirmWithin, Clock);

        arrived.Cancel("Customer changed their mind", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(RuleOf(() => paid.Cancel("Too late", Clock)), Is.EqualTo("PR-2"));
            Assert.That(arrived.Status, Is.EqualTo(PartsOrderStatus.Cancelled));
            Assert.That(arrived.NextClockDeadline, Is.Null, "a cancelled order's payment is no longer waited for");
        });
    }

    [Test]
    public void HC2_a_parts_orders_receivable_owed_through_a_leaver_is_listed_on_the_handover_and_transferred()
    {
        var handover = new HandoverScenario();
        handover.Work.Customer.AssignResponsibleTechnician(handover.Leaver, handover.Clock);
        var order = PartsOrder.Register(
            "PO-2026-000002", handover.Work.Customer, [new("BLT-200", null, 3, null, null, Belt), new("FLT-10", null, 2, null, null, Filter)],
            null, null, "desk.li", MoneyScenario.Calendar, handover.Clock);
        var receivable = order.AcceptOnAccount(handover.Work.Customer, handover.Leaver.Id, MoneyScenario.Calendar, handover.Clock);
        var checklist = handover.Start();

        var item = checklist.ListReceivable(receivable, handover.Clock);
        receivable.TransferTo(handover.Successor, handover.Clock);

        Assert.Multiple(() =>
        {
            // 3 × 180.00 + 2 × 49.50 = 639.00, owed through the leaver until transferred.
            Assert.That(item.Description, Is.EqualTo("Settle or transfer the receivable of 639.00 on PO-2026-000002"));
            Assert.That(receivable.TechnicianId, Is.EqualTo(handover.Successor.Id));
        });
    }

    [Test]
    public void PR3_a_ShipParts_work_order_ships_and_another_method_is_refused()
    {
        var given = new WorkOrderScenario();
        var shipping = given.Scheduled(ResolutionMethod.ShipParts);
        var phone = new WorkOrderScenario().Scheduled(ResolutionMethod.PhoneGuidance);
        var today = MoneyScenario.Calendar.LocalDate(given.Clock.Now);

        var shipment = shipping.ShipParts("SF Express", "SF400", today, "warehouse.cang", MoneyScenario.Calendar, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(shipment.ShippedFor, Is.EqualTo(ShipmentFor.WorkOrder));
            Assert.That(shipment.ShippedForNumber, Is.EqualTo(Number));
            Assert.That(RuleOf(() => phone.ShipParts("SF Express", "SF401", today, "warehouse.cang", MoneyScenario.Calendar, given.Clock)), Is.EqualTo("PR-3"));
        });
    }

    [Test]
    public void WO12_a_parts_only_sale_is_invoiced_for_its_total_on_the_day_it_shipped()
    {
        var order = Order();

        var request = InvoiceRequest.ForPartsOrder(order, "IR-2026-000009", new DateOnly(2026, 11, 20), MoneyScenario.Calendar, 2, Clock);

        Assert.Multiple(() =>
        {
            // 3 × 180.00 + 2 × 49.50 = 639.00, shipped Friday 20 November: due Monday 23 (1), Tuesday 24 (2).
            Assert.That(request.Source, Is.EqualTo(InvoiceSource.PartsOrder));
            Assert.That(request.SourceNumber, Is.EqualTo("PO-2026-000001"));
            Assert.That(request.Amount, Is.EqualTo(639.00m));
            Assert.That(request.DueOn, Is.EqualTo(new DateOnly(2026, 11, 24)));
        });
    }

    private static readonly PartPrice Belt = PartPrice.Set("BLT-200", "Drive belt", 180.00m, "Compressors", true, new DateOnly(2026, 1, 1), "finance.zhou", TimeProvider.System);

    private static readonly PartPrice Filter = PartPrice.Set("FLT-10", "Oil filter", 49.50m, "Compressors", false, new DateOnly(2026, 1, 1), "finance.zhou", TimeProvider.System);

    private PartsOrder Order(params PartsOrderLineRequest[] lines) => PartsOrder.Register(
        "PO-2026-000001",
        scenario.Customer,
        lines.Length > 0 ? lines : [new("BLT-200", null, 3, null, null, Belt), new("FLT-10", null, 2, null, null, Filter)],
        "100 Zhangjiang Rd, Shanghai",
        null,
        "desk.li",
        MoneyScenario.Calendar,
        Clock);

    private Shipment Ship(PartsOrder order, string trackingNumber) =>
        order.Ship("SF Express", trackingNumber, MoneyScenario.Calendar.LocalDate(Clock.Now), "warehouse.cang", MoneyScenario.Calendar, Clock);
}
