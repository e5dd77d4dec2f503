using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

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
        Id = Guid.CreateVersion7();
        PartNumber = Require.Text(partNumber, 50);
        Name = Require.Text(name, 200);
        Quantity = Require.Between(quantity, 1, MaxQuantity, $"A part is requested 1 to {MaxQuantity} at a time.");
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

    public decimal Total => WorkOrderMoney.PartTotal(Quantity, UnitPrice);

    /// <inheritdoc cref="WorkOrderMoney.Deposit"/>
    public decimal Deposit => WorkOrderMoney.Deposit(Status, OldPart, Total);

    /// <inheritdoc cref="WorkOrderMoney.Charge"/>
    public decimal Charge => WorkOrderMoney.Charge(Status, Chargeable, Total);

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
