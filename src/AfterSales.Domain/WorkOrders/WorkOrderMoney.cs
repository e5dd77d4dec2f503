using System.Globalization;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-11: a part leaves the warehouse only once Finance has approved the request.</summary>
public enum PartStatus
{
    Requested,
    Issued,
}

/// <summary>WO-11: what happens to the replaced part of a free warranty repair.</summary>
public enum OldPartState
{
    /// <summary>The new part is paid for (or free under a contract or internally), so the warehouse does not want the old one.</summary>
    NotRequired,

    /// <summary>The old part must come back; once the new part is issued its price is held as a deposit.</summary>
    Outstanding,

    /// <summary>The warehouse booked the old part in; the deposit is released.</summary>
    Returned,

    /// <summary>Not coming back: a small part, or Finance said so with a reason; no deposit.</summary>
    Waived,
}

/// <summary>WO-12: how the customer paid.</summary>
public enum PaymentMethod
{
    Cash,
    Card,
    Transfer,
}

/// <summary>WO-11: a spare part requested for the order, its cost to the customer and the fate of the part it replaces.</summary>
public sealed class Part
{
    public const int MaxQuantity = 1000;

    private Part()
    {
        PartNumber = null!;
        Name = null!;
        RequestedBy = null!;
    }

    internal Part(
        string partNumber,
        string name,
        int quantity,
        decimal unitPrice,
        bool customerCaused,
        bool chargeable,
        OldPartState oldPart,
        string? waiverReason,
        string requestedBy,
        DateTimeOffset requestedAt)
    {
        if (quantity is < 1 or > MaxQuantity)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"A part is requested 1 to {MaxQuantity} at a time.");
        }

        Id = Guid.CreateVersion7();
        PartNumber = Require.Text(partNumber, 50);
        Name = Require.Text(name, 200);
        Quantity = quantity;
        UnitPrice = Money.NonNegative(unitPrice, nameof(unitPrice));
        CustomerCaused = customerCaused;
        Chargeable = chargeable;
        Status = PartStatus.Requested;
        OldPart = Require.Defined(oldPart);
        WaiverReason = Require.OptionalText(waiverReason, 500);
        RequestedBy = Require.Text(requestedBy, 100);
        RequestedAt = requestedAt;
    }

    public Guid Id { get; private set; }

    public string PartNumber { get; private set; }

    public string Name { get; private set; }

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    /// <summary>The customer's own doing (e.g. wrong fitting after WO-4's advice): a warranty does not cover it.</summary>
    public bool CustomerCaused { get; private set; }

    /// <summary>Billed to the customer once issued; decided by the order's service type when requested.</summary>
    public bool Chargeable { get; private set; }

    public PartStatus Status { get; private set; }

    public OldPartState OldPart { get; private set; }

    public string? WaiverReason { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>The Finance user whose approval issued the part.</summary>
    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    /// <summary>Who booked the old part in or waived it; null for the automatic small-part waiver.</summary>
    public string? OldPartRecordedBy { get; private set; }

    public DateTimeOffset? OldPartRecordedAt { get; private set; }

    public decimal Total => Quantity * UnitPrice;

    /// <summary>WO-11: the price held while an issued part's old part is still out; nothing before issue or once it is back or waived.</summary>
    public decimal Deposit => Status == PartStatus.Issued && OldPart == OldPartState.Outstanding ? Total : Money.Zero;

    /// <summary>WO-12: what the part adds to the fee; a requested part is not on the bill until it is issued.</summary>
    public decimal Charge => Status == PartStatus.Issued && Chargeable ? Total : Money.Zero;

    internal void Issue(string approvedBy, DateTimeOffset at)
    {
        if (Status != PartStatus.Requested)
        {
            throw new BusinessRuleViolationException("WO-11", $"part {PartNumber} is already issued");
        }

        Status = PartStatus.Issued;
        ApprovedBy = Require.Text(approvedBy, 100);
        IssuedAt = at;
    }

    internal void BookOldPartIn(string bookedInBy, DateTimeOffset at)
    {
        EnsureOldPartOutstanding("booked in");
        if (Status != PartStatus.Issued)
        {
            throw new BusinessRuleViolationException("WO-11", $"part {PartNumber} has not been issued, so no old part has been replaced yet");
        }

        SettleOldPart(OldPartState.Returned, null, bookedInBy, at);
    }

    internal void WaiveOldPart(string reason, string waivedBy, DateTimeOffset at)
    {
        EnsureOldPartOutstanding("waived");
        SettleOldPart(OldPartState.Waived, Require.Text(reason, 500), waivedBy, at);
    }

    private void EnsureOldPartOutstanding(string action)
    {
        if (OldPart != OldPartState.Outstanding)
        {
            throw new BusinessRuleViolationException("WO-11", $"the old part of {PartNumber} cannot be {action}: its return is {OldPart}");
        }
    }

    private void SettleOldPart(OldPartState state, string? reason, string recordedBy, DateTimeOffset at)
    {
        OldPart = state;
        WaiverReason = reason;
        OldPartRecordedBy = Require.Text(recordedBy, 100);
        OldPartRecordedAt = at;
    }
}

/// <summary>WO-12: money received from the customer for the order; cash is handed to Finance the same company day.</summary>
public sealed class Payment
{
    private Payment()
    {
        RecordedBy = null!;
    }

    internal Payment(decimal amount, PaymentMethod method, DateTimeOffset receivedAt, DateOnly receivedOn, string recordedBy, DateTimeOffset recordedAt)
    {
        if (amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A payment is a positive amount.");
        }

        Id = Guid.CreateVersion7();
        Amount = Money.Round(amount);
        Method = Require.Defined(method);
        ReceivedAt = receivedAt;
        ReceivedOn = receivedOn;
        RecordedBy = Require.Text(recordedBy, 100);
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public decimal Amount { get; private set; }

    public PaymentMethod Method { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The company-local day the money came in: cash is due at Finance by its end.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? RemittedAt { get; private set; }

    /// <summary>The Finance user who took the cash in.</summary>
    public string? RemittedBy { get; private set; }

    /// <summary>
    /// WO-12: cash still with the technician after the company day it was received on has ended.
    /// It depends on today, so it is asked at read time rather than stored.
    /// </summary>
    public bool IsUnremittedOn(DateOnly today) => Method == PaymentMethod.Cash && RemittedAt is null && ReceivedOn < today;

    internal void Remit(string remittedBy, DateTimeOffset at)
    {
        if (Method != PaymentMethod.Cash)
        {
            throw new BusinessRuleViolationException("WO-12", $"a {Method} payment reaches the company directly; only cash is remitted");
        }

        if (RemittedAt is not null)
        {
            throw new BusinessRuleViolationException("WO-12", string.Create(CultureInfo.InvariantCulture, $"the cash payment of {Amount:0.00} was already remitted"));
        }

        RemittedAt = at;
        RemittedBy = Require.Text(remittedBy, 100);
    }
}
