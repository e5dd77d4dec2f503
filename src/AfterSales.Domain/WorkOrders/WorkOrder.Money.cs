using System.Globalization;
using AfterSales.Domain.Common;
using AfterSales.Domain.Pricing;
using AfterSales.Domain.Scheduling;

namespace AfterSales.Domain.WorkOrders;

/// <summary>Parts (WO-11) and money (WO-12): what the order costs the customer, what was paid, what is held.</summary>
public sealed partial class WorkOrder
{
    private readonly List<Part> _parts = [];
    private readonly List<Payment> _payments = [];
    private readonly List<Refund> _refunds = [];

    public IReadOnlyCollection<Part> Parts => _parts;

    public IReadOnlyCollection<Payment> Payments => _payments;

    /// <inheritdoc cref="Refund"/>
    public IReadOnlyCollection<Refund> Refunds => _refunds;

    /// <inheritdoc cref="WorkOrderMoney.Fee"/>
    public decimal Fee => FeeUnder(Quote);

    public decimal Paid => Money.Sum(_payments.Select(payment => payment.Amount));

    public decimal Refunded => Money.Sum(_refunds.Select(refund => refund.Amount));

    /// <inheritdoc cref="WorkOrderMoney.Balance"/>
    public decimal Balance => WorkOrderMoney.Balance(Fee, DepositsHeld, Paid, Refunded);

    /// <summary>
    /// WO-11 (r2), WO-12: what the company owes the customer back on this order, until Finance refunds it. Stored, so
    /// Finance's list of refunds owed reads it by index; every step that can release money the customer paid sets it.
    /// </summary>
    public decimal RefundOwed { get; private set; } = Money.Zero;

    /// <summary>WO-11: prices held for old parts not yet back: not part of the fee, but owed (r2) until the old part is booked in.</summary>
    public decimal DepositsHeld => Money.Sum(_parts.Select(part => part.Deposit));

    /// <summary>WO-11 (r2): issued parts whose old part has still to reach the Warehouse, each holding its deposit.</summary>
    public IEnumerable<Part> OutstandingOldParts => _parts.Where(part => part.OldPart == OldPartState.Outstanding && part.Deposit > 0);

    /// <summary>
    /// WO-11: a part for the work in hand, at the price PR-1 settled. Whether the customer pays for it, and whether
    /// its old part must come back, follow from the service type, the cause of the damage, the small-part limit and
    /// the list's recovery-value flag.
    /// </summary>
    public Part RequestPart(
        string partNumber,
        string name,
        int quantity,
        PartPricing pricing,
        bool customerCaused,
        string requestedBy,
        decimal smallPartLimit,
        TimeProvider clock)
    {
        Ensure(WorkOrderAction.RequestPart);
        var now = clock.GetUtcNow();
        var (chargeable, oldPart, waiverReason) = CostRules(pricing, customerCaused, smallPartLimit);
        var part = new Part(partNumber, name, quantity, pricing, customerCaused, chargeable, oldPart, waiverReason, requestedBy, now);
        _parts.Add(part);
        Raise(new PartRequested(
            Id, part.Id, part.PartNumber, part.Quantity, part.UnitPrice, part.ListPrice, part.PriceReason, part.HasRecoveryValue, part.Chargeable, part.OldPart, now));
        return part;
    }

    /// <summary>
    /// WO-11: Finance approves the request; a line whose total is above <paramref name="directorApprovalLimit"/> also
    /// needs the Director (r2). Only while the work is still to be done: a request still pending when the order was
    /// resolved went unused.
    /// </summary>
    public void ApprovePart(Guid partId, string approvedBy, decimal directorApprovalLimit, TimeProvider clock)
    {
        var part = PartOf(partId);
        Ensure(WorkOrderAction.ApprovePart);
        var now = clock.GetUtcNow();
        part.Approve(approvedBy, directorApprovalLimit, now);
        Raise(new PartApproved(Id, part.Id, part.Status, now));
    }

    /// <summary>WO-11 (r2): the Director's approval of a large line, after Finance's.</summary>
    public void ApprovePartAsDirector(Guid partId, string approvedBy, TimeProvider clock)
    {
        var part = PartOf(partId);
        Ensure(WorkOrderAction.ApprovePartAsDirector);
        var now = clock.GetUtcNow();
        part.ApproveAsDirector(approvedBy, now);
        Raise(new PartApproved(Id, part.Id, part.Status, now));
    }

    /// <summary>WO-11 (r2): the Warehouse books the approved part out; from now on it is billed or deposited.</summary>
    public void IssuePart(Guid partId, string issuedBy, TimeProvider clock)
    {
        var part = PartOf(partId);
        Ensure(WorkOrderAction.IssuePart);
        var now = clock.GetUtcNow();
        part.BookOut(issuedBy, now);
        Raise(new PartIssued(Id, part.Id, part.Charge, part.Deposit, now));
    }

    /// <summary>WO-11 (r2): the technician fitted the part, with its serial number when it is traceable; it can no longer go back.</summary>
    public void FitPart(Guid partId, string? serialNumber, string fittedBy, decimal traceableLimit, TimeProvider clock)
    {
        var part = PartOf(partId);
        Ensure(WorkOrderAction.FitPart);
        var now = clock.GetUtcNow();
        part.Fit(serialNumber, fittedBy, traceableLimit, now);
        Raise(new PartFitted(Id, part.Id, part.SerialNumber, now));
    }

    /// <summary>
    /// WO-11 (r2): an issued part that was not fitted, received back by the Warehouse, whatever became of the order
    /// since; it is no longer billed, and its deposit is released.
    /// </summary>
    public void ReturnUnusedPart(Guid partId, string bookedBackBy, TimeProvider clock)
    {
        var part = PartOf(partId);
        Ensure(WorkOrderAction.ReturnUnusedPart);
        var (charge, deposit) = (part.Charge, part.Deposit);
        var now = clock.GetUtcNow();
        part.BookBackUnused(bookedBackBy, now);
        Raise(new PartReturnedUnused(Id, part.Id, charge, deposit, now));
        RecomputeRefundOwed(now);
    }

    /// <summary>WO-11: the warehouse booked the old part in, whatever became of the order since; the deposit is released.</summary>
    public void RecordOldPartReturned(Guid partId, string bookedInBy, TimeProvider clock)
    {
        var part = PartOf(partId);
        Ensure(WorkOrderAction.BookOldPartIn);
        var deposit = part.Deposit;
        var now = clock.GetUtcNow();
        part.BookOldPartIn(bookedInBy, now);
        Raise(new OldPartSettled(Id, part.Id, part.OldPart, deposit, now));
        RecomputeRefundOwed(now);
    }

    /// <summary>WO-11: Finance excuses the old part's return, saying why (no recovery value, too costly to bring back); the deposit is released.</summary>
    public void WaiveOldPartReturn(Guid partId, string reason, string waivedBy, TimeProvider clock)
    {
        var part = PartOf(partId);
        Ensure(WorkOrderAction.WaiveOldPartReturn);
        var deposit = part.Deposit;
        var now = clock.GetUtcNow();
        part.WaiveOldPart(reason, waivedBy, now);
        Raise(new OldPartSettled(Id, part.Id, part.OldPart, deposit, now));
        RecomputeRefundOwed(now);
    }

    /// <summary>
    /// WO-12: money from the customer, received (its field time, WO-16) no earlier than the order's previous step. It
    /// pays the fee and no more: taking more than the balance would leave the company owing the customer, which this
    /// order cannot record. Cash (r2) is the collector's until remitted: the technician who records it took it
    /// (<paramref name="recordedByTechnicianId"/>, from the token, never from the request); cash recorded by someone
    /// else (a Manager, Finance) was taken by the order's technician at that moment.
    /// </summary>
    public Payment RecordPayment(
        decimal amount,
        PaymentMethod method,
        DateTimeOffset receivedAt,
        string recordedBy,
        WorkingCalendar calendar,
        TimeProvider clock,
        Guid? recordedByTechnicianId)
    {
        Ensure(WorkOrderAction.RecordPayment);
        var now = clock.GetUtcNow();
        if (Money.Round(amount) > Balance)
        {
            throw new BusinessRuleViolationException(
                "WO-12",
                string.Create(CultureInfo.InvariantCulture, $"a payment of {amount:0.00} exceeds the balance of {Balance:0.00} on {Number}"));
        }

        var collector = method == PaymentMethod.Cash
            ? recordedByTechnicianId ?? TechnicianId ?? throw new BusinessRuleViolationException("WO-12", $"cash is collected by a technician, and {Number} has none")
            : (Guid?)null;
        receivedAt = receivedAt.ToUniversalTime();
        var payment = new Payment(amount, method, collector, receivedAt, calendar.LocalDate(receivedAt), recordedBy, now);

        // The money changing hands is the step; when it did is the step's field time (WO-16).
        RecordFieldStep(FieldStepKind.Payment, receivedAt, now, "receivedAt");
        _payments.Add(payment);
        Raise(new PaymentRecorded(Id, payment.Id, payment.Amount, payment.Method, payment.CollectedBy, payment.ReceivedOn, now));
        return payment;
    }

    /// <summary>WO-12: Finance took the cash in; the unremitted flag no longer applies.</summary>
    public void RemitPayment(Guid paymentId, string remittedBy, TimeProvider clock)
    {
        var payment = _payments.SingleOrDefault(candidate => candidate.Id == paymentId)
            ?? throw new NotFoundException(nameof(Payment), paymentId);
        Ensure(WorkOrderAction.RemitPayment);
        var now = clock.GetUtcNow();
        payment.Remit(remittedBy, now);
        Raise(new PaymentRemitted(Id, payment.Id, payment.Amount, now));
    }

    /// <summary>
    /// WO-11 (r2), WO-12: Finance paid money back to the customer (its time no later than now, no earlier than the
    /// order's registration), up to what the order owes them and no more.
    /// </summary>
    public Refund RecordRefund(
        decimal amount,
        PaymentMethod method,
        string? reference,
        DateTimeOffset refundedAt,
        string recordedBy,
        WorkingCalendar calendar,
        TimeProvider clock)
    {
        Ensure(WorkOrderAction.RecordRefund);
        var now = clock.GetUtcNow();
        if (Money.Round(amount) > RefundOwed)
        {
            throw new BusinessRuleViolationException(
                "WO-12",
                string.Create(CultureInfo.InvariantCulture, $"a refund of {amount:0.00} exceeds the {RefundOwed:0.00} {Number} owes the customer"));
        }

        refundedAt = refundedAt.ToUniversalTime();
        if (refundedAt > now || refundedAt < ReceivedAt)
        {
            throw new InvalidInputException(nameof(refundedAt), $"A refund is made between the order's registration and now.");
        }

        var refund = new Refund(amount, method, reference, refundedAt, calendar.LocalDate(refundedAt), recordedBy, now);
        _refunds.Add(refund);
        Raise(new RefundRecorded(Id, refund.Id, refund.Amount, refund.Method, refund.RefundedOn, now));
        RecomputeRefundOwed(now);
        return refund;
    }

    /// <summary>
    /// WO-11 (r2), WO-12: a negative balance is money the customer paid that the order no longer asks for: the company
    /// owes it back. Called by every step that can lower the balance below what was paid.
    /// </summary>
    private void RecomputeRefundOwed(DateTimeOffset now)
    {
        var owed = WorkOrderMoney.RefundOwed(Balance);
        if (owed != RefundOwed)
        {
            RefundOwed = owed;
            Raise(new RefundOwedChanged(Id, CustomerId, owed, now));
        }
    }

    /// <summary>
    /// WO-11's cost rules. Paid work, and warranty damage the customer caused, is charged. Other warranty parts are
    /// free, but the old part must come back unless it is a small part: unit price (not the line's total: the
    /// quantity does not matter) within the limit and, r2, no recovery value on the price list. Contract and internal
    /// work is free and nothing is asked back.
    /// </summary>
    private (bool Chargeable, OldPartState OldPart, string? WaiverReason) CostRules(PartPricing pricing, bool customerCaused, decimal smallPartLimit) =>
        ServiceType switch
        {
            ServiceType.Paid => (true, OldPartState.NotRequired, null),
            ServiceType.Warranty when customerCaused => (true, OldPartState.NotRequired, null),
            ServiceType.Warranty when pricing.UnitPrice <= smallPartLimit && !pricing.HasRecoveryValue => (
                false,
                OldPartState.Waived,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"small part: unit price {pricing.UnitPrice:0.00} is within the {smallPartLimit:0.00} limit and it has no recovery value")),
            ServiceType.Warranty => (false, OldPartState.Outstanding, null),
            _ => (false, OldPartState.NotRequired, null),
        };

    /// <summary>
    /// WO-11 (r2): an order holding parts issued and not fitted cannot end until the Warehouse has them back.
    /// <paramref name="verb"/> names what is refused ("close", "cancel").
    /// </summary>
    private void EnsureNoUnfittedPartsOut(string verb)
    {
        var outstanding = _parts.Where(part => PartLifecycle.IsOutUnfitted(part.Status)).Select(part => part.PartNumber).ToList();
        if (outstanding.Count > 0)
        {
            throw new BusinessRuleViolationException(
                "WO-11",
                $"cannot {verb} {Number} while issued parts not fitted are still out ({string.Join(", ", outstanding)}); the Warehouse must book them back first");
        }
    }

    /// <summary>WO-11 (r2): requests that never left the warehouse end with the cancelled order.</summary>
    private void WithdrawPendingParts()
    {
        foreach (var part in _parts.Where(part => PartLifecycle.Allows(part.Status, PartStep.Withdraw)))
        {
            part.Withdraw();
        }
    }

    private Part PartOf(Guid partId) =>
        _parts.SingleOrDefault(candidate => candidate.Id == partId)
        ?? throw new NotFoundException(nameof(Part), partId);
}
