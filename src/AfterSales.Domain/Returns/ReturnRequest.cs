using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Returns;

/// <summary>
/// RX-1..RX-3: a customer's request to return an item on their card for a refund, or to exchange it. Registered with
/// what the policy needs to judge it (RX-1), it moves through the steps of RX-2 one method each, and on completion
/// marks the item returned on the card, adds the replacement, and records the stock movements (RX-3).
/// </summary>
public sealed class ReturnRequest : AggregateRoot
{
    public const int TextMaxLength = 1000;
    public const int ProofMaxLength = 200;

    private readonly List<StockMovement> _stockMovements = [];

    private ReturnRequest()
        : base(Guid.Empty)
    {
        Number = null!;
        Model = null!;
        SerialNumber = null!;
        ToldToBring = null!;
        RegisteredBy = null!;
    }

    private ReturnRequest(Guid id)
        : base(id)
    {
        Number = null!;
        Model = null!;
        SerialNumber = null!;
        ToldToBring = null!;
        RegisteredBy = null!;
    }

    /// <summary>The readable number, <c>RX-2026-000001</c>.</summary>
    public string Number { get; private set; }

    public ReturnKind Kind { get; private set; }

    public ReturnStatus Status { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid EquipmentId { get; private set; }

    /// <summary>The item's model and serial number as registered, so lists and the return rate (RX-4) read them here.</summary>
    public string Model { get; private set; }

    public string SerialNumber { get; private set; }

    /// <summary>The item's delivery date (CU-6) on registration, from which eligibility was counted.</summary>
    public DateOnly DeliveredOn { get; private set; }

    public DateOnly PurchaseDate { get; private set; }

    /// <summary>The receipt or invoice the customer showed, as a reference (number, or a file id).</summary>
    public string? ProofOfPurchase { get; private set; }

    public ReturnReason Reason { get; private set; }

    public ItemCondition Condition { get; private set; }

    public ToldToBring ToldToBring { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The company-local day of registration, the day RX-1 judged the request on.</summary>
    public DateOnly RegisteredOn { get; private set; }

    public string RegisteredBy { get; private set; }

    public bool Eligible { get; private set; }

    /// <summary>Why the request falls outside the policy (RX-1); null when it is eligible.</summary>
    public string? IneligibleReason { get; private set; }

    /// <summary>The Manager's reason to let an ineligible request proceed (RX-1).</summary>
    public string? ExceptionReason { get; private set; }

    public string? ExceptionGrantedBy { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? RefusalReason { get; private set; }

    /// <summary>The day the item is to be picked up, when a pickup was arranged.</summary>
    public DateOnly? PickupOn { get; private set; }

    public DateTimeOffset? ReceivedAt { get; private set; }

    public string? ReceivedBy { get; private set; }

    public bool? InspectionPassed { get; private set; }

    public string? InspectionFindings { get; private set; }

    public string? InspectedBy { get; private set; }

    public NegotiationOutcome? NegotiationOutcome { get; private set; }

    public Guid? RepairWorkOrderId { get; private set; }

    public decimal? RefundAmount { get; private set; }

    public RefundMethod? RefundMethod { get; private set; }

    /// <summary>The replacement added to the customer card by an exchange (RX-3).</summary>
    public Guid? ReplacementEquipmentId { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public IReadOnlyCollection<StockMovement> StockMovements => _stockMovements;

    /// <summary>
    /// RX-1: registers a request for an item on <paramref name="customer"/>'s card, judged against its delivery date on
    /// <paramref name="today"/> (company time). An ineligible request is registered all the same, with the reason.
    /// </summary>
    public static ReturnRequest Register(
        string number,
        ReturnKind kind,
        Customer customer,
        Guid equipmentId,
        DateOnly purchaseDate,
        string? proofOfPurchase,
        ReturnReason reason,
        ItemCondition condition,
        ToldToBring toldToBring,
        string? note,
        DateOnly today,
        string registeredBy,
        ReturnPolicy policy,
        TimeProvider clock)
    {
        var equipment = customer.EquipmentById(equipmentId);
        equipment.EnsureInService();
        if (equipment.DeliveryDate > today)
        {
            throw new BusinessRuleViolationException("RX-1", $"equipment {equipment.Model} / {equipment.SerialNumber} is delivered on {equipment.DeliveryDate:yyyy-MM-dd}, after today");
        }

        if (purchaseDate > today)
        {
            throw new InvalidInputException("purchaseDate", "RX-1: the purchase cannot lie in the future.");
        }

        var eligibility = ReturnEligibility.Assess(Require.Defined(kind), Require.Defined(reason), Require.Defined(condition), equipment.DeliveryDate, today, policy);
        var now = clock.GetUtcNow();
        var request = new ReturnRequest(Guid.CreateVersion7())
        {
            Number = Require.Text(number, 20),
            Kind = kind,
            Status = ReturnStatus.Requested,
            CustomerId = customer.Id,
            EquipmentId = equipment.Id,
            Model = equipment.Model,
            SerialNumber = equipment.SerialNumber,
            DeliveredOn = equipment.DeliveryDate,
            PurchaseDate = purchaseDate,
            ProofOfPurchase = Require.OptionalText(proofOfPurchase, ProofMaxLength),
            Reason = reason,
            Condition = condition,
            ToldToBring = toldToBring,
            Note = Require.OptionalText(note, TextMaxLength),
            RegisteredAt = now,
            RegisteredOn = today,
            RegisteredBy = Require.Text(registeredBy, 100),
            Eligible = eligibility.IsEligible,
            IneligibleReason = eligibility.Reason,
        };
        request.Raise(new ReturnRequested(request.Id, request.Number, kind, eligibility.IsEligible, now));
        return request;
    }

    /// <summary>RX-1: the Manager lets an ineligible request proceed, for a reason.</summary>
    public void GrantException(string reason, string grantedBy, TimeProvider clock)
    {
        Ensure(ReturnAction.GrantException);
        if (Eligible || ExceptionReason is not null)
        {
            throw new BusinessRuleViolationException("RX-1", $"{Number} needs no exception: {(Eligible ? "it is eligible" : "one was granted")}");
        }

        ExceptionReason = Require.Text(reason, TextMaxLength);
        ExceptionGrantedBy = Require.Text(grantedBy, 100);
        Raise(new ReturnExceptionGranted(Id, clock.GetUtcNow()));
    }

    /// <summary>RX-2: the request is accepted; an ineligible one only with the Manager's exception (RX-1).</summary>
    public void Approve(string approvedBy, TimeProvider clock)
    {
        Ensure(ReturnAction.Approve);
        if (!Eligible && ExceptionReason is null)
        {
            throw new BusinessRuleViolationException("RX-1", $"{Number} is ineligible ({IneligibleReason}): it needs a Manager's exception before approval");
        }

        Decide(approvedBy, clock);
        MoveTo(ReturnStatus.Approved, clock);
    }

    /// <summary>RX-2: the request is turned down, for a reason the customer is told; final.</summary>
    public void Refuse(string reason, string refusedBy, TimeProvider clock)
    {
        Ensure(ReturnAction.Refuse);
        RefusalReason = Require.Text(reason, TextMaxLength);
        Decide(refusedBy, clock);
        MoveTo(ReturnStatus.Refused, clock);
        CompletedAt = clock.GetUtcNow();
    }

    /// <summary>RX-2: the company collects the item on <paramref name="pickupOn"/>.</summary>
    public void ArrangePickup(DateOnly pickupOn, DateOnly today, TimeProvider clock)
    {
        Ensure(ReturnAction.ArrangePickup);
        if (pickupOn < today)
        {
            throw new InvalidInputException("pickupOn", "RX-2: a pickup cannot be arranged for a day that has passed.");
        }

        PickupOn = pickupOn;
        MoveTo(ReturnStatus.PickupArranged, clock);
    }

    /// <summary>RX-2: the customer brings the item in.</summary>
    public void AwaitDropOff(TimeProvider clock)
    {
        Ensure(ReturnAction.AwaitDropOff);
        MoveTo(ReturnStatus.AwaitingDropOff, clock);
    }

    /// <summary>RX-2: the Warehouse has the item.</summary>
    public void Receive(string receivedBy, TimeProvider clock)
    {
        Ensure(ReturnAction.Receive);
        ReceivedAt = clock.GetUtcNow();
        ReceivedBy = Require.Text(receivedBy, 100);
        MoveTo(ReturnStatus.Received, clock);
    }

    /// <summary>RX-2: passed, the request goes on to its refund or exchange; failed, to negotiation with the customer.</summary>
    public void Inspect(bool passed, string findings, string inspectedBy, TimeProvider clock)
    {
        Ensure(ReturnAction.Inspect);
        InspectionPassed = passed;
        InspectionFindings = Require.Text(findings, TextMaxLength);
        InspectedBy = Require.Text(inspectedBy, 100);
        MoveTo(passed ? ReturnStatus.Inspected : ReturnStatus.Negotiating, clock);
    }

    /// <summary>RX-2, RX-3: a return that passed inspection is refunded; the item goes back to the company.</summary>
    public void Refund(decimal amount, RefundMethod method, Customer customer, TimeProvider clock)
    {
        Ensure(ReturnAction.Refund);
        EnsureKind(ReturnKind.Return, "refunded");
        RecordRefund(amount, method);
        TakeItemBack(customer, ReturnStatus.Refunded, clock);
    }

    /// <summary>
    /// RX-2, RX-3: an exchange that passed inspection; the item goes back to the company and the replacement is added to
    /// the card with its own delivery date and warranty (bought when the original was, under the same contract).
    /// </summary>
    public void Exchange(Replacement replacement, Customer customer, TimeProvider clock)
    {
        Ensure(ReturnAction.Exchange);
        EnsureKind(ReturnKind.Exchange, "exchanged");
        var original = ItemOn(customer);
        var added = customer.AddEquipment(
            replacement.Model,
            replacement.SerialNumber,
            original.PurchaseDate,
            replacement.WarrantyEndsOn,
            original.ContractEndsOn,
            clock,
            original.ArrivalWorkingHours,
            replacement.DeliveryDate);
        ReplacementEquipmentId = added.Id;
        _stockMovements.Add(new StockMovement(StockDirection.Out, added.Id, added.Model, added.SerialNumber, clock.GetUtcNow()));
        TakeItemBack(customer, ReturnStatus.Exchanged, clock);
    }

    /// <summary>
    /// RX-2: what was agreed after a failed inspection. A partial refund takes the item back (RX-3); accepted back or
    /// repaired under a work order of this item, it stays with the customer and the request is settled.
    /// </summary>
    public void Negotiate(NegotiationOutcome outcome, decimal? refundAmount, RefundMethod? method, WorkOrder? repairOrder, Customer customer, TimeProvider clock)
    {
        Ensure(ReturnAction.Negotiate);
        NegotiationOutcome = Require.Defined(outcome);
        switch (outcome)
        {
            case Returns.NegotiationOutcome.PartialRefund:
                RecordRefund(
                    refundAmount ?? throw new InvalidInputException("refundAmount", "RX-2: a partial refund names its amount."),
                    method ?? throw new InvalidInputException("refundMethod", "RX-2: a partial refund names how it was paid."));
                TakeItemBack(customer, ReturnStatus.Refunded, clock);
                break;
            case Returns.NegotiationOutcome.RepairedUnderWorkOrder:
                var order = repairOrder ?? throw new InvalidInputException("workOrderId", "RX-2: name the work order the item is repaired under.");
                if (order.EquipmentId != EquipmentId)
                {
                    throw new InvalidInputException("workOrderId", $"RX-2: {order.Number} is not a work order on the item of {Number}.");
                }

                RepairWorkOrderId = order.Id;
                Settle(clock);
                break;
            default:
                Settle(clock);
                break;
        }
    }

    private void RecordRefund(decimal amount, RefundMethod method)
    {
        if (amount <= 0 || Money.Round(amount) != amount)
        {
            throw new InvalidInputException("refundAmount", "RX-2: a refund is a positive amount with at most 2 decimal places.");
        }

        RefundAmount = Money.Round(amount);
        RefundMethod = Require.Defined(method);
    }

    private void TakeItemBack(Customer customer, ReturnStatus completed, TimeProvider clock)
    {
        var item = ItemOn(customer);
        customer.ReturnEquipment(item.Id, clock);
        _stockMovements.Add(new StockMovement(StockDirection.In, item.Id, item.Model, item.SerialNumber, clock.GetUtcNow()));
        CompletedAt = clock.GetUtcNow();
        MoveTo(completed, clock);
    }

    private void Settle(TimeProvider clock)
    {
        CompletedAt = clock.GetUtcNow();
        MoveTo(ReturnStatus.Settled, clock);
    }

    private Equipment ItemOn(Customer customer) =>
        customer.Id == CustomerId
            ? customer.EquipmentById(EquipmentId)
            : throw new ArgumentException($"{Number} is a request of another customer.", nameof(customer));

    private void EnsureKind(ReturnKind kind, string verb)
    {
        if (Kind != kind)
        {
            throw new BusinessRuleViolationException("RX-2", $"{Number} is a request for {Kind.ToString().ToLowerInvariant()}: it cannot be {verb}");
        }
    }

    private void Decide(string decidedBy, TimeProvider clock)
    {
        DecidedBy = Require.Text(decidedBy, 100);
        DecidedAt = clock.GetUtcNow();
    }

    private void MoveTo(ReturnStatus status, TimeProvider clock)
    {
        var previous = Status;
        Status = status;
        Raise(new ReturnStatusChanged(Id, previous, status, clock.GetUtcNow()));
    }

    private void Ensure(ReturnAction action) => ReturnLifecycle.Ensure(this, action);
}
