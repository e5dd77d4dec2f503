using AfterSales.Domain.Common;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.WorkOrders;

public sealed class MoneyTests
{
    private readonly WorkOrderScenario scenario = new();

    private TestClock Clock => scenario.Clock;

    [Test]
    public void WO12_amounts_are_kept_to_the_fen_with_two_places_whatever_the_scale_they_came_in()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid, labour: 120m);
        order.RequestAndIssue(Clock, quantity: 3, unitPrice: 1.1m);

        var payment = order.Pay(Clock, 20m);

        Assert.Multiple(() =>
        {
            Assert.That(order.Quote!.Labour.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("120.00"));
            Assert.That(payment.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("20.00"), "as the database gives it back");
            Assert.That(order.Fee.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("123.30"));
            Assert.That(Money.Round(20.005m), Is.EqualTo(20.01m));
        });
    }

    [Test]
    public void WO11_a_requested_part_is_issued_only_when_finance_approves()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid);

        var part = order.Request(Clock);

        Assert.That(part.Status, Is.EqualTo(PartStatus.Requested));
        Assert.That(order.Fee, Is.EqualTo(0.00m), "a requested part is not on the bill");
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => order.IssuePart(part.Id, "warehouse", Clock));
        Assert.That(refusal.Message, Is.EqualTo("WO-11: part P-100 cannot be booked out while it is Requested"));

        order.Approve(part, Clock);
        Assert.That(order.Fee, Is.EqualTo(0.00m), "approved is not yet out of the warehouse");
        order.IssuePart(part.Id, "warehouse", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(part.Status, Is.EqualTo(PartStatus.Issued));
            Assert.That(part.ApprovedBy, Is.EqualTo("finance.user"));
            Assert.That(part.IssuedBy, Is.EqualTo("warehouse"));
            Assert.That(part.IssuedAt, Is.EqualTo(Clock.GetUtcNow()));
            Assert.That(order.Fee, Is.EqualTo(360.00m), "2 × 180.00 = 360.00 once booked out");
            Assert.That(order.DomainEvents.OfType<PartIssued>().Single().PartId, Is.EqualTo(part.Id));
        });
    }

    [Test]
    public void WO11_an_issued_part_cannot_be_approved_again()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid);
        var part = order.RequestAndIssue(Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => order.Approve(part, Clock));

        Assert.That(refusal.Message, Is.EqualTo("WO-11: part P-100 cannot be approved by Finance while it is Issued"));
    }

    [Test]
    public void WO11_a_part_is_not_issued_on_a_cancelled_order()
    {
        var order = scenario.ScheduledByPhone(ServiceType.Paid);
        var part = order.Request(Clock);
        order.Cancel("customer fixed it", Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => order.Approve(part, Clock));

        Assert.That(refusal.Message, Is.EqualTo("WO-11: cannot approve a part for WO-2026-000017 while it is Cancelled"));
    }

    [Test]
    public void WO11_a_part_is_not_issued_on_a_closed_order()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid);
        var part = order.Request(Clock);
        order.Resolve("Fixed", null, WorkOrderScenario.Sla, Clock);
        order.RecordFollowUp(true, new Survey(4, 4, 4, 4), null, "dispatcher", WorkOrderScenario.Sla, Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => order.Approve(part, Clock));

        Assert.That(refusal.Message, Is.EqualTo("WO-11: cannot approve a part for WO-2026-000017 while it is Closed"));
    }

    [Test]
    public void WO11_a_request_still_pending_when_the_work_is_resolved_is_not_issued()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid);
        var part = order.Request(Clock);
        order.Resolve("Fixed without it", null, WorkOrderScenario.Sla, Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => order.Approve(part, Clock));

        Assert.That(refusal.RuleId, Is.EqualTo("WO-11"));
    }

    [Test]
    public void WO11_a_part_is_requested_only_while_the_order_is_being_worked()
    {
        var order = scenario.ResolvedByPhone(ServiceType.Paid);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => order.Request(Clock));

        Assert.That(refusal.Message, Is.EqualTo("WO-11: cannot request a part for WO-2026-000017 while it is Resolved"));
    }

    [Test]
    public void WO11_an_unknown_part_is_not_found()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid);

        Assert.Throws<NotFoundException>(() => order.ApprovePart(Guid.NewGuid(), "finance.user", MoneyScenario.DirectorApprovalLimit, Clock));
    }

    [Test]
    public void WO11_a_paid_order_charges_its_parts_and_asks_nothing_back()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid);

        var part = order.RequestAndIssue(Clock);

        Assert.Multiple(() =>
        {
            Assert.That(part.Chargeable, Is.True);
            Assert.That(part.OldPart, Is.EqualTo(OldPartState.NotRequired));
            Assert.That(part.Deposit, Is.EqualTo(0.00m));
            Assert.That(order.Fee, Is.EqualTo(360.00m));
        });
    }

    [Test]
    public void WO11_a_free_warranty_part_holds_2_x_180_as_deposit_until_the_old_part_is_booked_in()
    {
        var order = scenario.WorkedByPhone(ServiceType.Warranty);
        var part = order.Request(Clock, quantity: 2, unitPrice: 180.00m);

        Assert.That(order.DepositsHeld, Is.EqualTo(0.00m), "nothing is held before the part leaves the warehouse");

        order.Approve(part, Clock);
        Assert.That(order.DepositsHeld, Is.EqualTo(0.00m), "approved is not yet out of the warehouse");
        order.IssuePart(part.Id, "warehouse", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(part.Chargeable, Is.False);
            Assert.That(part.OldPart, Is.EqualTo(OldPartState.Outstanding));
            Assert.That(part.Deposit, Is.EqualTo(360.00m));
            Assert.That(order.DepositsHeld, Is.EqualTo(360.00m));
            Assert.That(order.Fee, Is.EqualTo(0.00m), "the deposit is not part of the fee");
        });

        order.FitPart(part.Id, null, "tech-42", MoneyScenario.TraceableLimit, Clock);
        order.RecordOldPartReturned(part.Id, "warehouse", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(part.OldPart, Is.EqualTo(OldPartState.Returned));
            Assert.That(part.Deposit, Is.EqualTo(0.00m));
            Assert.That(order.DepositsHeld, Is.EqualTo(0.00m));
            Assert.That(part.OldPartRecordedBy, Is.EqualTo("warehouse"));
            Assert.That(order.DomainEvents.OfType<OldPartSettled>().Single().DepositReleased, Is.EqualTo(360.00m));
        });
    }

    [Test]
    public void WO11_a_warranty_part_at_50_is_small_its_return_is_waived_and_nothing_is_held()
    {
        var order = scenario.WorkedByPhone(ServiceType.Warranty);

        var part = order.RequestAndIssue(Clock, quantity: 3, unitPrice: 50.00m, hasRecoveryValue: false);

        Assert.Multiple(() =>
        {
            Assert.That(part.OldPart, Is.EqualTo(OldPartState.Waived));
            Assert.That(part.WaiverReason, Is.EqualTo("small part: unit price 50.00 is within the 50.00 limit and it has no recovery value"));
            Assert.That(part.OldPartRecordedBy, Is.Null, "waived by the rule, not by a person");
            Assert.That(part.Deposit, Is.EqualTo(0.00m));
            Assert.That(part.Chargeable, Is.False);
        });
    }

    [Test]
    public void WO11_a_warranty_part_above_50_must_come_back()
    {
        var order = scenario.WorkedByPhone(ServiceType.Warranty);

        var part = order.RequestAndIssue(Clock, quantity: 1, unitPrice: 50.01m);

        Assert.That(part.OldPart, Is.EqualTo(OldPartState.Outstanding));
        Assert.That(part.Deposit, Is.EqualTo(50.01m));
    }

    [Test]
    public void WO11_a_finance_waiver_with_reason_releases_the_deposit()
    {
        var order = scenario.WorkedByPhone(ServiceType.Warranty);
        var part = order.RequestAndIssue(Clock);

        order.WaiveOldPartReturn(part.Id, "no recovery value, scrapped on site", "finance.user", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(part.OldPart, Is.EqualTo(OldPartState.Waived));
            Assert.That(part.WaiverReason, Is.EqualTo("no recovery value, scrapped on site"));
            Assert.That(part.OldPartRecordedBy, Is.EqualTo("finance.user"));
            Assert.That(order.DepositsHeld, Is.EqualTo(0.00m));
        });
    }

    [Test]
    public void WO11_a_waiver_needs_a_reason()
    {
        var order = scenario.WorkedByPhone(ServiceType.Warranty);
        var part = order.RequestAndIssue(Clock);

        Assert.Throws<InvalidInputException>(() => order.WaiveOldPartReturn(part.Id, " ", "finance.user", Clock));
        Assert.That(part.OldPart, Is.EqualTo(OldPartState.Outstanding));
    }

    [Test]
    public void WO11_an_old_part_is_booked_in_once_and_only_after_its_replacement_was_fitted()
    {
        var order = scenario.WorkedByPhone(ServiceType.Warranty);
        var pending = order.Request(Clock);
        var unfitted = order.RequestAndIssue(Clock);
        var issued = order.RequestAndFit(Clock);
        order.RecordOldPartReturned(issued.Id, "warehouse", Clock);

        Assert.Throws<BusinessRuleViolationException>(() => order.RecordOldPartReturned(pending.Id, "warehouse", Clock));
        var notFitted = Assert.Throws<BusinessRuleViolationException>(() => order.RecordOldPartReturned(unfitted.Id, "warehouse", Clock));
        Assert.That(notFitted.Message, Is.EqualTo("WO-11: part P-100 has not been fitted, so no old part has been replaced yet"));
        var twice = Assert.Throws<BusinessRuleViolationException>(() => order.RecordOldPartReturned(issued.Id, "warehouse", Clock));
        Assert.That(twice.Message, Is.EqualTo("WO-11: the old part of P-100 cannot be booked in: its return is Returned"));
    }

    [Test]
    public void WO11_warranty_damage_the_customer_caused_is_charged_and_nothing_is_held()
    {
        var order = scenario.WorkedByPhone(ServiceType.Warranty);

        var part = order.RequestAndIssue(Clock, quantity: 2, unitPrice: 180.00m, customerCaused: true);
        order.QuoteAccepted(Clock, QuoteScenario.Spindles(2));

        Assert.Multiple(() =>
        {
            Assert.That(part.Chargeable, Is.True);
            Assert.That(part.OldPart, Is.EqualTo(OldPartState.NotRequired));
            Assert.That(order.DepositsHeld, Is.EqualTo(0.00m));
            Assert.That(order.Fee, Is.EqualTo(360.00m), "2 × 180.00, billed under the accepted quote (WO-11 r2)");
        });
    }

    [TestCase(ServiceType.Contract)]
    [TestCase(ServiceType.Internal)]
    public void WO11_contract_and_internal_parts_are_free_and_hold_no_deposit(ServiceType serviceType)
    {
        var order = scenario.WorkedByPhone(serviceType);

        var part = order.RequestAndIssue(Clock, customerCaused: true);

        Assert.Multiple(() =>
        {
            Assert.That(part.Chargeable, Is.False);
            Assert.That(part.OldPart, Is.EqualTo(OldPartState.NotRequired));
            Assert.That(order.Fee, Is.EqualTo(0.00m));
            Assert.That(order.DepositsHeld, Is.EqualTo(0.00m));
        });
    }

    [Test]
    public void WO12_the_fee_is_quoted_labour_plus_issued_chargeable_parts()
    {
        var order = scenario.ScheduledByPhone(ServiceType.Paid, labour: 300.00m);
        order.RequestAndIssue(Clock, quantity: 2, unitPrice: 45.50m);
        order.Request(Clock, quantity: 1, unitPrice: 999.00m);

        Assert.That(order.Fee, Is.EqualTo(391.00m));
        Assert.That(order.Balance, Is.EqualTo(391.00m));
    }

    [Test]
    public void WO12_payments_reduce_the_balance()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid, labour: 300.00m);

        order.Pay(Clock, 120.50m, PaymentMethod.Cash);
        order.Pay(Clock, 79.50m, PaymentMethod.Card);

        Assert.Multiple(() =>
        {
            Assert.That(order.Paid, Is.EqualTo(200.00m));
            Assert.That(order.Balance, Is.EqualTo(100.00m));
            Assert.That(order.DomainEvents.OfType<PaymentRecorded>().Select(e => e.Amount), Is.EqualTo(new[] { 120.50m, 79.50m }));
        });
    }

    [Test]
    public void WO12_a_payment_above_the_balance_is_refused()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid, labour: 300.00m);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            order.Pay(Clock, 300.01m, PaymentMethod.Cash));

        Assert.That(refusal.Message, Is.EqualTo("WO-12: a payment of 300.01 exceeds the balance of 300.00 on WO-2026-000017"));
        Assert.That(order.Payments, Is.Empty);
    }

    [Test]
    public void WO12_cash_is_unremitted_once_the_company_day_it_came_in_on_has_ended()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid, labour: 300.00m);

        // 23:30 in Shanghai on 16 November is 15:30 UTC: the company's day is still the 16th.
        Clock.SetUtcNow(WorkOrderScenario.At(11, 16, 23, 30));
        var cash = order.Pay(Clock, 100.00m);

        Assert.Multiple(() =>
        {
            Assert.That(cash.ReceivedOn, Is.EqualTo(new DateOnly(2026, 11, 16)));
            Assert.That(cash.IsUnremittedOn(new DateOnly(2026, 11, 16)), Is.False, "still the day it came in");
            Assert.That(cash.IsUnremittedOn(new DateOnly(2026, 11, 17)), Is.True, "the day has ended");
        });
    }

    [Test]
    public void WO12_remitted_cash_and_card_payments_are_never_unremitted()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid, labour: 300.00m);
        var cash = order.Pay(Clock, 100.00m, PaymentMethod.Cash);
        var card = order.Pay(Clock, 100.00m, PaymentMethod.Card);

        order.RemitPayment(cash.Id, "finance.user", Clock);

        var nextDay = new DateOnly(2026, 11, 17);
        Assert.Multiple(() =>
        {
            Assert.That(cash.IsUnremittedOn(nextDay), Is.False);
            Assert.That(cash.RemittedBy, Is.EqualTo("finance.user"));
            Assert.That(card.IsUnremittedOn(nextDay), Is.False);
        });
    }

    [Test]
    public void WO12_only_cash_is_remitted_and_only_once()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid, labour: 300.00m);
        var cash = order.Pay(Clock, 100.00m, PaymentMethod.Cash);
        var transfer = order.Pay(Clock, 100.00m, PaymentMethod.Transfer);
        order.RemitPayment(cash.Id, "finance.user", Clock);

        var again = Assert.Throws<BusinessRuleViolationException>(() => order.RemitPayment(cash.Id, "finance.user", Clock));
        var notCash = Assert.Throws<BusinessRuleViolationException>(() => order.RemitPayment(transfer.Id, "finance.user", Clock));

        Assert.That(again.Message, Is.EqualTo("WO-12: the cash payment of 100.00 was already remitted"));
        Assert.That(notCash.Message, Is.EqualTo("WO-12: a Transfer payment reaches the company directly; only cash is remitted"));
    }
}
