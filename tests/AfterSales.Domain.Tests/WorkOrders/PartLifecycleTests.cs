using AfterSales.Domain.Common;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>WO-11 (r2): the small-part waiver's two halves, the Director's limit, serial numbers, parts back unused, and the order's end.</summary>
public sealed class PartLifecycleTests
{
    private readonly WorkOrderScenario scenario = new();

    private TestClock Clock => scenario.Clock;

    [TestCase(49.00, true, OldPartState.Outstanding, 490.00, TestName = "WO11_a_cheap_part_with_recovery_value_is_not_waived")]
    [TestCase(49.00, false, OldPartState.Waived, 0.00, TestName = "WO11_a_part_at_49_without_recovery_value_is_waived")]
    [TestCase(50.00, false, OldPartState.Waived, 0.00, TestName = "WO11_a_part_at_exactly_50_without_recovery_value_is_waived")]
    [TestCase(50.01, false, OldPartState.Outstanding, 500.10, TestName = "WO11_a_part_at_50_01_without_recovery_value_is_not_waived")]
    public void WO11_the_small_part_waiver_needs_both_a_price_within_the_limit_and_no_recovery_value(
        decimal unitPrice, bool hasRecoveryValue, OldPartState expected, decimal expectedDeposit)
    {
        var order = scenario.WorkedByPhone(ServiceType.Warranty);

        // Ten at a time: the waiver looks at the unit price, not the line's total (10 × 49.00 = 490.00 is still a small part).
        var part = order.RequestAndIssue(Clock, quantity: 10, unitPrice: unitPrice, hasRecoveryValue: hasRecoveryValue);

        Assert.Multiple(() =>
        {
            Assert.That(part.OldPart, Is.EqualTo(expected));

            // Held: 10 × 49.00 = 490.00, or 10 × 50.01 = 500.10; waived: nothing.
            Assert.That(part.Deposit, Is.EqualTo(expectedDeposit));
            Assert.That(order.Balance, Is.EqualTo(expectedDeposit), "the deposit is owed");
        });
    }

    [Test]
    public void WO11_a_line_of_exactly_5000_needs_no_director()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid);

        // 2 × 2,500.00 = 5,000.00: not above the 5,000.00 limit.
        var part = order.Request(Clock, quantity: 2, unitPrice: 2500.00m);
        order.Approve(part, Clock);

        Assert.That(part.Status, Is.EqualTo(PartStatus.Approved));
    }

    [Test]
    public void WO11_a_line_above_5000_waits_for_the_director_after_finance()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid);

        // 2 × 2,500.01 = 5,000.02: above the 5,000.00 limit.
        var part = order.Request(Clock, quantity: 2, unitPrice: 2500.01m);
        var tooEarly = Assert.Throws<BusinessRuleViolationException>(() => order.ApprovePartAsDirector(part.Id, "director", Clock));
        order.Approve(part, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(tooEarly.Message, Is.EqualTo("WO-11: part P-100 cannot be approved by the Director while it is Requested"));
            Assert.That(part.Status, Is.EqualTo(PartStatus.AwaitingDirector));
            Assert.That(order.DomainEvents.OfType<PartApproved>().Last().Status, Is.EqualTo(PartStatus.AwaitingDirector));
        });
        var notYet = Assert.Throws<BusinessRuleViolationException>(() => order.IssuePart(part.Id, "warehouse", Clock));
        Assert.That(notYet.Message, Is.EqualTo("WO-11: part P-100 cannot be booked out while it is AwaitingDirector"));

        order.ApprovePartAsDirector(part.Id, "director", Clock);
        order.IssuePart(part.Id, "warehouse", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(part.DirectorApprovedBy, Is.EqualTo("director"));
            Assert.That(part.Status, Is.EqualTo(PartStatus.Issued));

            // 2 × 2,500.01 = 5,000.02 on the bill.
            Assert.That(order.Fee, Is.EqualTo(5000.02m));
        });
    }

    [Test]
    public void WO11_a_traceable_part_above_1000_is_fitted_only_with_its_serial_number()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid);
        var part = order.RequestAndIssue(Clock, quantity: 1, unitPrice: 1000.01m);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => order.FitPart(part.Id, " ", "tech-42", MoneyScenario.TraceableLimit, Clock));
        order.FitPart(part.Id, "SN-77", "tech-42", MoneyScenario.TraceableLimit, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Message, Is.EqualTo("WO-11: part P-100 at 1000.01 is above the traceable limit of 1000.00; record its serial number"));
            Assert.That(part.Status, Is.EqualTo(PartStatus.Fitted));
            Assert.That(part.SerialNumber, Is.EqualTo("SN-77"));
            Assert.That(order.DomainEvents.OfType<PartFitted>().Single().SerialNumber, Is.EqualTo("SN-77"));
        });
    }

    [Test]
    public void WO11_a_part_at_exactly_1000_is_fitted_without_a_serial_number()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid);
        var part = order.RequestAndIssue(Clock, quantity: 1, unitPrice: 1000.00m);

        order.FitPart(part.Id, null, "tech-42", MoneyScenario.TraceableLimit, Clock);

        Assert.That(part.Status, Is.EqualTo(PartStatus.Fitted));
    }

    [Test]
    public void WO11_an_unused_part_booked_back_is_neither_charged_nor_deposited()
    {
        var order = scenario.WorkedByPhone(ServiceType.Warranty);
        var part = order.RequestAndIssue(Clock, quantity: 2, unitPrice: 180.00m);

        // 2 × 180.00 = 360.00 held while the part is out.
        Assert.That(order.Balance, Is.EqualTo(360.00m));

        order.ReturnUnusedPart(part.Id, "warehouse", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(part.Status, Is.EqualTo(PartStatus.ReturnedUnused));
            Assert.That(part.BookedBackBy, Is.EqualTo("warehouse"));
            Assert.That(order.DepositsHeld, Is.EqualTo(0.00m));
            Assert.That(order.Balance, Is.EqualTo(0.00m));
            Assert.That(order.DomainEvents.OfType<PartReturnedUnused>().Single().DepositReleased, Is.EqualTo(360.00m));
        });
        var nothingReplaced = Assert.Throws<BusinessRuleViolationException>(() => order.RecordOldPartReturned(part.Id, "warehouse", Clock));
        Assert.That(nothingReplaced.Message, Is.EqualTo("WO-11: part P-100 has not been fitted, so no old part has been replaced yet"));
    }

    [Test]
    public void WO11_a_fitted_part_cannot_be_returned()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid);
        var part = order.RequestAndFit(Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => order.ReturnUnusedPart(part.Id, "warehouse", Clock));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Message, Is.EqualTo("WO-11: part P-100 cannot be booked back unused while it is Fitted"));

            // 2 × 180.00 = 360.00 stays on the bill.
            Assert.That(order.Fee, Is.EqualTo(360.00m));
        });
    }

    [Test]
    public void WO11_an_order_holding_an_issued_unfitted_part_cannot_be_closed()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid);
        var part = order.RequestAndIssue(Clock);
        order.Resolve("Fixed without it", null, WorkOrderScenario.Sla, Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(
            () => order.RecordFollowUp(true, new Survey(4, 4, 4, 4), null, "dispatcher", WorkOrderScenario.Sla, Clock));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Message, Is.EqualTo("WO-11: cannot close WO-2026-000017 while issued parts not fitted are still out (P-100); the Warehouse must book them back first"));
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Resolved));
        });

        order.ReturnUnusedPart(part.Id, "warehouse", Clock);
        order.RecordFollowUp(true, new Survey(4, 4, 4, 4), null, "dispatcher", WorkOrderScenario.Sla, Clock);

        Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Closed));
    }

    [Test]
    public void WO11_an_order_whose_parts_were_all_fitted_closes()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid);
        order.RequestAndFit(Clock);
        order.Resolve("Bearing replaced", null, WorkOrderScenario.Sla, Clock);
        order.Pay(Clock, 360.00m);

        order.RecordFollowUp(true, new Survey(4, 4, 4, 4), null, "dispatcher", WorkOrderScenario.Sla, Clock);

        Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Closed));
    }

    [Test]
    public void WO11_an_order_holding_an_issued_part_cannot_be_cancelled()
    {
        var order = scenario.ScheduledByPhone(ServiceType.Paid);
        var part = order.RequestAndIssue(Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => order.Cancel("customer fixed it", Clock));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.RuleId, Is.EqualTo("WO-11"));
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Scheduled));
        });

        order.ReturnUnusedPart(part.Id, "warehouse", Clock);
        order.Cancel("customer fixed it", Clock);

        Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Cancelled));
    }

    [Test]
    public void WO11_cancelling_withdraws_the_requests_that_never_left_the_warehouse()
    {
        var order = scenario.ScheduledByPhone(ServiceType.Paid);
        var requested = order.Request(Clock);
        var approved = order.Request(Clock);
        order.Approve(approved, Clock);

        order.Cancel("customer fixed it", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(requested.Status, Is.EqualTo(PartStatus.Withdrawn));
            Assert.That(approved.Status, Is.EqualTo(PartStatus.Withdrawn));
            Assert.That(order.Fee, Is.EqualTo(0.00m));
        });
    }
}
