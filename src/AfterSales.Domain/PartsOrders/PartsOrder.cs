using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Pricing;
using AfterSales.Domain.Receivables;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.Shipping;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.PartsOrders;

/// <summary>
/// PR-2: a customer buys parts without a repair. The parts ship (PR-3) only once Finance has confirmed the whole total
/// as paid, or the technician responsible for the customer has accepted the amount as a receivable owed through them
/// (WO-12). Finance confirms a payment within [Pricing:PaymentConfirmHours] of its arrival, on the clocks of WO-8.
/// </summary>
public sealed class PartsOrder : AggregateRoot
{
    public const int MaxLines = 100;
    public const int AddressMaxLength = 500;
    public const int NoteMaxLength = 2000;
    public const int ReferenceMaxLength = 100;
    public const int ReasonMaxLength = 500;

    /// <summary>The field the store maps the lines through.</summary>
    public const string LinesField = nameof(_lines);

    private readonly List<PartsOrderLine> _lines = [];

    private PartsOrder()
        : this(Guid.Empty)
    {
    }

    private PartsOrder(Guid id)
        : base(id)
    {
        Number = null!;
        RegisteredBy = null!;
        PaymentConfirmation = new SlaClock(SlaClockName.PaymentConfirmation, 0);
    }

    /// <summary>The readable number, <c>PO-2026-000001</c>.</summary>
    public string Number { get; private set; }

    public PartsOrderStatus Status { get; private set; }

    public Guid CustomerId { get; private set; }

    public IReadOnlyList<PartsOrderLine> Lines => _lines;

    /// <summary>Σ quantity × unit price, to the cent.</summary>
    public decimal Total { get; private set; }

    /// <summary>What Finance has confirmed as paid so far.</summary>
    public decimal AmountPaid { get; private set; }

    /// <summary>What is still to be paid.</summary>
    public decimal Outstanding => Total - AmountPaid;

    public string? ShippingAddress { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The company-local day of the order: its prices are the list's on this day (PR-1).</summary>
    public DateOnly OrderedOn { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; }

    /// <summary>PR-2: when the customer's money arrived, as last reported (the customer says it was sent).</summary>
    public DateTimeOffset? PaymentArrivedAt { get; private set; }

    public decimal? PaymentAmount { get; private set; }

    public PaymentMethod? PaymentMethod { get; private set; }

    public string? PaymentReference { get; private set; }

    public string? PaymentRecordedBy { get; private set; }

    /// <summary>The last reported payment still waits for Finance's confirmation.</summary>
    public bool PaymentAwaitingConfirmation { get; private set; }

    public DateTimeOffset? PaymentConfirmedAt { get; private set; }

    public string? PaymentConfirmedBy { get; private set; }

    /// <summary>PR-2: the responsible technician who accepted the amount as a receivable owed through them.</summary>
    public Guid? OnAccountTechnicianId { get; private set; }

    public DateTimeOffset? OnAccountAt { get; private set; }

    /// <summary>PR-3: the shipment that carried the parts.</summary>
    public Guid? ShipmentId { get; private set; }

    public DateTimeOffset? ShippedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>
    /// PR-2: the confirmation clock of the last payment that arrived (round 1 for the first arrival, 2 for the next…), on the
    /// clock machinery of WO-8; round 0 and not started before any payment arrives.
    /// </summary>
    public SlaClock PaymentConfirmation { get; private set; }

    /// <summary>The deadline of an unconfirmed payment, kept so the sweeper and the late list find the order by index (WO-8).</summary>
    public DateTimeOffset? NextClockDeadline { get; private set; }

    /// <summary>PR-2: a payment was not confirmed within the hours (late still, or confirmed late); stays set, for the late list.</summary>
    public bool ConfirmedLate { get; private set; }

    /// <summary>
    /// PR-2: registers an order of <paramref name="lines"/> for <paramref name="customer"/>. Each line takes the list's
    /// price in force on the order's company day; another price needs a reason, and a part the list lacks needs its
    /// price, name and a reason (PR-1).
    /// </summary>
    public static PartsOrder Register(
        string number,
        Customer customer,
        IReadOnlyList<PartsOrderLineRequest> lines,
        string? shippingAddress,
        string? note,
        string registeredBy,
        WorkingCalendar calendar,
        TimeProvider clock)
    {
        if (lines.Count is 0 or > MaxLines)
        {
            throw new InvalidInputException("lines", $"PR-2: an order has 1 to {MaxLines} lines.");
        }

        var now = clock.GetUtcNow();
        var order = new PartsOrder(Guid.CreateVersion7())
        {
            Number = Require.Text(number, 20),
            Status = PartsOrderStatus.AwaitingPayment,
            CustomerId = customer.Id,
            ShippingAddress = Require.OptionalText(shippingAddress, AddressMaxLength),
            Note = Require.OptionalText(note, NoteMaxLength),
            OrderedOn = calendar.LocalDate(now),
            RegisteredAt = now,
            RegisteredBy = Require.Text(registeredBy, 100),
        };
        foreach (var line in lines)
        {
            order._lines.Add(PriceLine(line));
        }

        order.Total = Money.Sum(order._lines.Select(line => line.LineTotal));
        order.Raise(new PartsOrderRegistered(order.Id, order.Number, order.Total, now));
        return order;
    }

    /// <summary>
    /// PR-2: someone at the desk or Finance records that the customer's money arrived at <paramref name="arrivedAt"/>
    /// (a time ahead of the server's is taken as now); Finance has [Pricing:PaymentConfirmHours] from then to confirm
    /// it. Only what is still owed can arrive, and one payment at a time.
    /// </summary>
    public void RecordPaymentArrival(
        DateTimeOffset arrivedAt,
        decimal amount,
        PaymentMethod method,
        string? reference,
        string recordedBy,
        TimeSpan confirmWithin,
        TimeProvider clock)
    {
        Ensure(PartsOrderAction.RecordPaymentArrival);
        if (PaymentAwaitingConfirmation)
        {
            throw new BusinessRuleViolationException("PR-2", $"a payment for {Number} that arrived at {PaymentArrivedAt:u} still awaits Finance's confirmation");
        }

        var paid = Money.Round(amount);
        if (paid <= 0)
        {
            throw new InvalidInputException(nameof(amount), "The amount must be more than zero.");
        }

        if (paid > Outstanding)
        {
            throw new BusinessRuleViolationException("PR-2", $"{paid:0.00} is more than the {Outstanding:0.00} still owed for {Number}");
        }

        var now = clock.GetUtcNow();
        var at = arrivedAt.ToUniversalTime() > now ? now : arrivedAt.ToUniversalTime();
        PaymentArrivedAt = at;
        PaymentAmount = paid;
        PaymentMethod = Require.Defined(method);
        PaymentReference = Require.OptionalText(reference, ReferenceMaxLength);
        PaymentRecordedBy = Require.Text(recordedBy, 100);
        PaymentAwaitingConfirmation = true;
        if (Status == PartsOrderStatus.AwaitingPayment)
        {
            Status = PartsOrderStatus.PaymentArrived;
        }

        // Office clock: Finance confirms at the desk, so there is no sync grace (WO-17).
        var confirmation = new SlaClock(SlaClockName.PaymentConfirmation, PaymentConfirmation.Round + 1);
        confirmation.Start(at, at + confirmWithin, TimeSpan.Zero);
        PaymentConfirmation = confirmation;
        Raise(new PartsOrderPaymentArrived(Id, paid, at, at + confirmWithin, now));
        DetectBreaches(now);
    }

    /// <summary>
    /// PR-2: Finance confirms the payment that arrived, stopping its clock (late after the hours, and flagged so). The
    /// whole total paid releases the shipment; less leaves the order awaiting the rest. On an order taken on account the
    /// payment goes to its receivable (WO-12).
    /// </summary>
    public void ConfirmPayment(string confirmedBy, WorkingCalendar calendar, TimeProvider clock)
    {
        Ensure(PartsOrderAction.ConfirmPayment);
        if (!PaymentAwaitingConfirmation)
        {
            throw new BusinessRuleViolationException("PR-2", $"no payment for {Number} awaits confirmation");
        }

        var now = clock.GetUtcNow();
        var confirmation = PaymentConfirmation;
        if (confirmation.Stop(now))
        {
            ConfirmedLate = true;
            Raise(new PartsOrderConfirmationLate(Id, Number, confirmation.Name, confirmation.Deadline!.Value, now));
        }

        var amount = PaymentAmount!.Value;
        AmountPaid += amount;
        PaymentAwaitingConfirmation = false;
        PaymentConfirmedAt = now;
        PaymentConfirmedBy = Require.Text(confirmedBy, 100);
        if (Status == PartsOrderStatus.PaymentArrived)
        {
            Status = Outstanding == 0 ? PartsOrderStatus.Paid : PartsOrderStatus.AwaitingPayment;
        }

        ReviewClocks();
        Raise(new PartsOrderPaymentConfirmed(Id, amount, calendar.LocalDate(now), confirmation.State == SlaState.Breached, now));
    }

    /// <summary>
    /// PR-2, WO-12: the technician responsible for the customer accepts what is owed as a receivable owed through them;
    /// the shipment is released, and the receivable follows WO-12 (overdue after 40 days, deducted, settled by payment).
    /// </summary>
    public Receivable AcceptOnAccount(Customer customer, Guid technicianId, WorkingCalendar calendar, TimeProvider clock)
    {
        Ensure(PartsOrderAction.AcceptOnAccount);
        if (customer.Id != CustomerId)
        {
            throw new ArgumentException($"{Number} is not for customer {customer.Id}.", nameof(customer));
        }

        if (customer.ResponsibleTechnicianId is not { } responsible)
        {
            throw new BusinessRuleViolationException("PR-2", $"the customer of {Number} has no responsible technician to take it on account");
        }

        if (responsible != technicianId)
        {
            throw new BusinessRuleViolationException("PR-2", $"only the customer's responsible technician accepts {Number} on account");
        }

        var now = clock.GetUtcNow();
        Status = PartsOrderStatus.OnAccount;
        OnAccountTechnicianId = technicianId;
        OnAccountAt = now;
        Raise(new PartsOrderTakenOnAccount(Id, technicianId, Outstanding, now));
        return Receivable.OpenOnAccount(this, calendar, clock);
    }

    /// <summary>
    /// PR-3: the Warehouse books the parts out to <paramref name="carrier"/> under <paramref name="trackingNumber"/>,
    /// shipped on <paramref name="shippedOn"/> (from the order's day to today); only once paid or taken on account (PR-2).
    /// </summary>
    public Shipment Ship(string carrier, string trackingNumber, DateOnly shippedOn, string bookedOutBy, WorkingCalendar calendar, TimeProvider clock)
    {
        Ensure(PartsOrderAction.Ship);
        var now = clock.GetUtcNow();
        var shipment = Shipment.BookOut(
            ShipmentFor.PartsOrder,
            Id,
            Number,
            carrier,
            trackingNumber,
            shippedOn,
            OrderedOn,
            calendar.LocalDate(now),
            bookedOutBy,
            now);
        ShipmentId = shipment.Id;
        ShippedAt = now;
        Status = PartsOrderStatus.Shipped;
        Raise(new PartsOrderShipped(Id, shipment.Id, now));
        return shipment;
    }

    /// <summary>PR-2: withdrawn before anything was confirmed, accepted on account or shipped.</summary>
    public void Cancel(string reason, TimeProvider clock)
    {
        Ensure(PartsOrderAction.Cancel);
        var now = clock.GetUtcNow();
        CancelReason = Require.Text(reason, ReasonMaxLength);
        CancelledAt = now;
        Status = PartsOrderStatus.Cancelled;
        PaymentConfirmation.NotApplicable();
        PaymentAwaitingConfirmation = false;
        ReviewClocks();
        Raise(new PartsOrderCancelled(Id, CancelReason, now));
    }

    /// <summary>PR-2, WO-8: a payment not confirmed by its deadline is late, once (the sweeper calls this).</summary>
    public void DetectBreaches(DateTimeOffset now)
    {
        if (PaymentConfirmation.JudgeLate(now))
        {
            ConfirmedLate = true;
            Raise(new PartsOrderConfirmationLate(Id, Number, PaymentConfirmation.Name, PaymentConfirmation.Deadline!.Value, now));
        }

        ReviewClocks();
    }

    private static PartsOrderLine PriceLine(PartsOrderLineRequest line)
    {
        var partNumber = Require.Text(line.PartNumber, PartPrice.PartNumberMaxLength, "lines.partNumber");
        var quantity = Require.Between(line.Quantity, 1, 10_000, "PR-2: the quantity is 1 to 10000.", "lines.quantity");
        if (line.InForce is null)
        {
            if (line.UnitPrice is null || string.IsNullOrWhiteSpace(line.PriceReason))
            {
                throw new BusinessRuleViolationException("PR-1", $"part {partNumber} has no price in force on the price list; give its unit price and the reason for it");
            }

            if (string.IsNullOrWhiteSpace(line.Name))
            {
                throw new InvalidInputException("lines.name", $"PR-1: part {partNumber} is not on the price list; give its name.");
            }
        }

        var pricing = PartPricing.Of(partNumber, line.InForce, line.UnitPrice, line.PriceReason);
        var name = line.InForce?.Name ?? Require.Text(line.Name, PartPrice.NameMaxLength, "lines.name");
        return new PartsOrderLine(partNumber, name, quantity, pricing);
    }

    private void ReviewClocks() => NextClockDeadline = PaymentConfirmation.NextJudgement;

    private void Ensure(PartsOrderAction action) => PartsOrderLifecycle.Ensure(this, action);
}
