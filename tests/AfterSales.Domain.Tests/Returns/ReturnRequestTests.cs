using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Returns;
using AfterSales.Domain.Tests.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.Returns;

/// <summary>RX-1..RX-3 on a machine delivered on 2026-03-02 (bought on 2026-02-27), the request registered on 2026-03-05 unless said.</summary>
public sealed class ReturnRequestTests
{
    private static readonly ReturnPolicy Policy = new(7, 15);
    private static readonly DateOnly Today = new(2026, 3, 5);

    // NUnit runs every test on one instance of the fixture: each test starts from its own scenario.
    private WorkOrderScenario scenario = null!;
    private Equipment item = null!;

    [SetUp]
    public void StartScenario()
    {
        scenario = new WorkOrderScenario();
        scenario.Clock.SetUtcNow(At(3, 5, 10));
        item = scenario.Customer.AddEquipment("PRESS-200", "SN-200-7", new DateOnly(2026, 2, 27), new DateOnly(2027, 3, 2), null, scenario.Clock, deliveryDate: new DateOnly(2026, 3, 2));
    }

    private TestClock Clock => scenario.Clock;

    private Customer Customer => scenario.Customer;

    [Test]
    public void RX1_registration_records_the_purchase_and_judges_the_request_against_the_delivery_date()
    {
        var request = Register(ReturnKind.Return, ReturnReason.ChangedMind, ItemCondition.Used);

        Assert.Multiple(() =>
        {
            Assert.That(request.Status, Is.EqualTo(ReturnStatus.Requested));
            Assert.That(request.DeliveredOn, Is.EqualTo(new DateOnly(2026, 3, 2)));
            Assert.That(request.PurchaseDate, Is.EqualTo(new DateOnly(2026, 2, 27)));
            Assert.That(request.ProofOfPurchase, Is.EqualTo("INV-88"));
            Assert.That(request.ToldToBring, Is.EqualTo(new ToldToBring(true, true, false)));
            Assert.That(request.Eligible, Is.False, "a used item does not come back for a change of mind");
            Assert.That(request.IneligibleReason, Does.Contain("Used"));
        });
    }

    [Test]
    public void RX1_an_ineligible_request_needs_a_managers_exception_before_approval()
    {
        var request = Register(ReturnKind.Return, ReturnReason.ChangedMind, ItemCondition.Used);

        Assert.That(RuleOf(() => request.Approve("manager.wu", Clock)), Is.EqualTo("RX-1"));

        request.GrantException("long-standing customer", "manager.wu", Clock);
        request.Approve("manager.wu", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(request.Status, Is.EqualTo(ReturnStatus.Approved));
            Assert.That(request.ExceptionReason, Is.EqualTo("long-standing customer"));
            Assert.That(RuleOf(() => Register(ReturnKind.Return, ReturnReason.ChangedMind, ItemCondition.New, other: true).GrantException("why not", "manager.wu", Clock)), Is.EqualTo("RX-1"), "an eligible request needs no exception");
        });
    }

    [Test]
    public void RX2_a_return_goes_from_requested_to_refunded_one_step_at_a_time()
    {
        var request = Register(ReturnKind.Return, ReturnReason.QualityFault, ItemCondition.Used);

        Assert.That(RuleOf(() => request.Receive("store.he", Clock)), Is.EqualTo("RX-2"), "nothing is received before approval");
        request.Approve("manager.wu", Clock);
        request.ArrangePickup(new DateOnly(2026, 3, 6), Today, Clock);
        request.Receive("store.he", Clock);
        Assert.That(RuleOf(() => request.Refund(100m, RefundMethod.Cash, Customer, Clock)), Is.EqualTo("RX-2"), "no refund before inspection");
        request.Inspect(true, "spindle bearing noisy: the fault described", "quality.zhou", Clock);
        request.Refund(12800.00m, RefundMethod.BankTransfer, Customer, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(request.Status, Is.EqualTo(ReturnStatus.Refunded));
            Assert.That(request.RefundAmount, Is.EqualTo(12800.00m));
            Assert.That(request.CompletedAt, Is.EqualTo(Clock.GetUtcNow()));
            Assert.That(ReturnLifecycle.IsFinal(request.Status), Is.True);
            Assert.That(RuleOf(() => request.Refuse("too late", "manager.wu", Clock)), Is.EqualTo("RX-2"));
        });
    }

    [Test]
    public void RX2_a_refused_request_is_final_and_keeps_its_reason()
    {
        var request = Register(ReturnKind.Return, ReturnReason.ChangedMind, ItemCondition.New);

        request.Refuse("customer withdrew", "manager.wu", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(request.Status, Is.EqualTo(ReturnStatus.Refused));
            Assert.That(request.RefusalReason, Is.EqualTo("customer withdrew"));
            Assert.That(RuleOf(() => request.AwaitDropOff(Clock)), Is.EqualTo("RX-2"));
        });
    }

    [Test]
    public void RX2_a_return_is_not_exchanged_and_an_exchange_is_not_refunded()
    {
        var exchange = Inspected(ReturnKind.Exchange, ReturnReason.WrongItem);

        Assert.That(RuleOf(() => exchange.Refund(100m, RefundMethod.Cash, Customer, Clock)), Is.EqualTo("RX-2"));
    }

    [Test]
    public void RX2_an_item_failing_inspection_goes_to_negotiation()
    {
        var request = Received(ReturnKind.Return, ReturnReason.QualityFault);

        request.Inspect(false, "housing cracked by a fall, not the fault described", "quality.zhou", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(request.Status, Is.EqualTo(ReturnStatus.Negotiating));
            Assert.That(request.InspectionPassed, Is.False);
            Assert.That(RuleOf(() => request.Refund(100m, RefundMethod.Cash, Customer, Clock)), Is.EqualTo("RX-2"));
        });
    }

    [Test]
    public void RX2_accepted_back_settles_the_request_and_leaves_the_item_with_the_customer()
    {
        var request = Negotiating();

        request.Negotiate(NegotiationOutcome.AcceptedBack, null, null, null, Customer, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(request.Status, Is.EqualTo(ReturnStatus.Settled));
            Assert.That(item.Status, Is.EqualTo(EquipmentStatus.InService));
            Assert.That(request.StockMovements, Is.Empty);
        });
    }

    [Test]
    public void RX2_repaired_under_a_work_order_names_an_order_on_the_item()
    {
        var request = Negotiating();
        var otherItemsOrder = scenario.Register();
        var repair = scenario.Register(equipment: item);

        Assert.Throws<InvalidInputException>(() => request.Negotiate(NegotiationOutcome.RepairedUnderWorkOrder, null, null, otherItemsOrder, Customer, Clock));
        request.Negotiate(NegotiationOutcome.RepairedUnderWorkOrder, null, null, repair, Customer, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(request.Status, Is.EqualTo(ReturnStatus.Settled));
            Assert.That(request.RepairWorkOrderId, Is.EqualTo(repair.Id));
            Assert.That(item.Status, Is.EqualTo(EquipmentStatus.InService));
        });
    }

    [Test]
    public void RX3_a_partial_refund_takes_the_item_back()
    {
        var request = Negotiating();

        Assert.Throws<InvalidInputException>(() => request.Negotiate(NegotiationOutcome.PartialRefund, null, RefundMethod.Cash, null, Customer, Clock));
        request.Negotiate(NegotiationOutcome.PartialRefund, 6400.00m, RefundMethod.Cash, null, Customer, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(request.Status, Is.EqualTo(ReturnStatus.Refunded));
            Assert.That(request.RefundAmount, Is.EqualTo(6400.00m));
            Assert.That(item.Status, Is.EqualTo(EquipmentStatus.Returned));
            Assert.That(request.StockMovements.Single().Direction, Is.EqualTo(StockDirection.In));
        });
    }

    [Test]
    public void RX3_a_completed_return_marks_the_item_returned_and_books_it_in()
    {
        var request = Inspected(ReturnKind.Return, ReturnReason.QualityFault);

        request.Refund(12800.00m, RefundMethod.OriginalPayment, Customer, Clock);

        var movement = request.StockMovements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(item.Status, Is.EqualTo(EquipmentStatus.Returned));
            Assert.That(Customer.Equipment, Does.Contain(item), "the returned item stays on the card for its history");
            Assert.That((movement.Direction, movement.EquipmentId, movement.SerialNumber), Is.EqualTo((StockDirection.In, item.Id, "SN-200-7")));
            Assert.That(Customer.DomainEvents.OfType<EquipmentReturned>().Single().EquipmentId, Is.EqualTo(item.Id));
        });
    }

    [Test]
    public void RX3_an_exchange_adds_the_replacement_with_its_own_delivery_date_and_warranty()
    {
        var request = Inspected(ReturnKind.Exchange, ReturnReason.WrongItem);

        request.Exchange(new Replacement("PRESS-220", "SN-220-1", new DateOnly(2026, 3, 12), new DateOnly(2027, 3, 12)), Customer, Clock);

        var replacement = Customer.Equipment.Single(machine => machine.Id == request.ReplacementEquipmentId);
        Assert.Multiple(() =>
        {
            Assert.That(request.Status, Is.EqualTo(ReturnStatus.Exchanged));
            Assert.That(item.Status, Is.EqualTo(EquipmentStatus.Returned));
            Assert.That((replacement.Model, replacement.SerialNumber, replacement.DeliveryDate, replacement.WarrantyEndsOn, replacement.Status),
                Is.EqualTo(("PRESS-220", "SN-220-1", new DateOnly(2026, 3, 12), new DateOnly(2027, 3, 12), EquipmentStatus.InService)));
            Assert.That(replacement.PurchaseDate, Is.EqualTo(new DateOnly(2026, 2, 27)), "bought when the original was");
            Assert.That(request.StockMovements.Select(movement => (movement.Direction, movement.EquipmentId)),
                Is.EquivalentTo(new[] { (StockDirection.In, item.Id), (StockDirection.Out, replacement.Id) }));
        });
    }

    [Test]
    public void RX3_a_returned_item_gets_no_new_work_order_nor_another_request()
    {
        Inspected(ReturnKind.Return, ReturnReason.QualityFault).Refund(12800.00m, RefundMethod.Cash, Customer, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(RuleOf(() => scenario.Register(equipment: item)), Is.EqualTo("RX-3"));
            Assert.That(RuleOf(() => Register(ReturnKind.Return, ReturnReason.QualityFault, ItemCondition.Used)), Is.EqualTo("RX-3"));
        });
    }

    [Test]
    public void RX3_a_returned_item_leaves_the_reminder_lists()
    {
        var contracted = Customer.AddEquipment("SAW-90", "SN-90-5", new DateOnly(2026, 2, 27), new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 25), Clock);
        var warrantyEnding = ReminderRules.WarrantyEndingWithin(Today, 90).Compile();
        var contractEnding = ReminderRules.ContractEndingWithin(Today, 30).Compile();
        Assert.That((warrantyEnding(contracted), contractEnding(contracted)), Is.EqualTo((true, true)), "listed while in service");

        Customer.ReturnEquipment(contracted.Id, Clock);

        Assert.That((warrantyEnding(contracted), contractEnding(contracted)), Is.EqualTo((false, false)));
    }

    [Test]
    public void RX4_a_refunded_return_is_a_completed_return_and_an_exchange_is_not()
    {
        var completed = ReturnRate.CompletedReturn.Compile();
        var exchange = Inspected(ReturnKind.Exchange, ReturnReason.WrongItem);
        exchange.Exchange(new Replacement("PRESS-220", "SN-220-1", new DateOnly(2026, 3, 12), new DateOnly(2027, 3, 12)), Customer, Clock);
        var settled = Negotiating(AnotherPress("SN-200-10"));
        settled.Negotiate(NegotiationOutcome.AcceptedBack, null, null, null, Customer, Clock);
        var partial = Negotiating(AnotherPress("SN-200-11"));
        partial.Negotiate(NegotiationOutcome.PartialRefund, 6400.00m, RefundMethod.Cash, null, Customer, Clock);

        Assert.That(new[] { exchange, settled, partial }.Select(completed), Is.EqualTo(new[] { false, false, true }));
    }

    [Test]
    public void CU6_the_delivery_date_defaults_to_the_purchase_date_and_never_precedes_it()
    {
        var undated = Customer.AddEquipment("SAW-90", "SN-90-6", new DateOnly(2026, 2, 27), new DateOnly(2027, 2, 27), null, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(undated.DeliveryDate, Is.EqualTo(new DateOnly(2026, 2, 27)));
            Assert.That(RuleOf(() => Customer.AddEquipment("SAW-90", "SN-90-7", new DateOnly(2026, 2, 27), new DateOnly(2027, 2, 27), null, Clock, deliveryDate: new DateOnly(2026, 2, 26))), Is.EqualTo("CU-6"));
        });
    }

    [Test]
    public void RX1_an_item_not_yet_delivered_cannot_be_returned()
    {
        var undelivered = Customer.AddEquipment("PRESS-200", "SN-200-8", new DateOnly(2026, 3, 1), new DateOnly(2027, 3, 1), null, Clock, deliveryDate: new DateOnly(2026, 3, 9));

        Assert.That(RuleOf(() => ReturnRequest.Register("RX-2026-000002", ReturnKind.Return, Customer, undelivered.Id, new DateOnly(2026, 3, 1), null, ReturnReason.ChangedMind, ItemCondition.New, new ToldToBring(true, true, true), null, Today, "desk.li", Policy, Clock)), Is.EqualTo("RX-1"));
    }

    private ReturnRequest Register(ReturnKind kind, ReturnReason reason, ItemCondition condition, bool other = false, Guid? equipmentId = null)
    {
        equipmentId ??= other ? AnotherPress("SN-200-9") : item.Id;
        return ReturnRequest.Register("RX-2026-000001", kind, Customer, equipmentId.Value, new DateOnly(2026, 2, 27), "INV-88", reason, condition, new ToldToBring(true, true, false), null, Today, "desk.li", Policy, Clock);
    }

    private Guid AnotherPress(string serialNumber) =>
        Customer.AddEquipment("PRESS-200", serialNumber, new DateOnly(2026, 2, 27), new DateOnly(2027, 3, 2), null, Clock, deliveryDate: new DateOnly(2026, 3, 2)).Id;

    private ReturnRequest Received(ReturnKind kind, ReturnReason reason, Guid? equipmentId = null)
    {
        var request = Register(kind, reason, ItemCondition.Used, equipmentId: equipmentId);
        request.Approve("manager.wu", Clock);
        request.AwaitDropOff(Clock);
        request.Receive("store.he", Clock);
        return request;
    }

    private ReturnRequest Inspected(ReturnKind kind, ReturnReason reason)
    {
        var request = Received(kind, reason);
        request.Inspect(true, "as described", "quality.zhou", Clock);
        return request;
    }

    private ReturnRequest Negotiating(Guid? equipmentId = null)
    {
        var request = Received(ReturnKind.Return, ReturnReason.QualityFault, equipmentId);
        request.Inspect(false, "housing cracked by a fall", "quality.zhou", Clock);
        return request;
    }
}
