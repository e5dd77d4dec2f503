using System.Globalization;
using AfterSales.Domain.Common;
using AfterSales.Domain.Pricing;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-11: a spare part requested for the order, its cost to the customer and the fate of the part it replaces.</summary>
public sealed class Part
{
    public const int MaxQuantity = 1000;
    public const int SerialNumberMaxLength = 100;

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
        PartPricing pricing,
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
        UnitPrice = pricing.UnitPrice;
        ListPrice = pricing.ListPrice;
        PriceReason = pricing.PriceReason;
        HasRecoveryValue = pricing.HasRecoveryValue;
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

    /// <summary>PR-1: the list's price in force on the request's day; null when the list had none.</summary>
    public decimal? ListPrice { get; private set; }

    /// <summary>PR-1: why <see cref="UnitPrice"/> differs from <see cref="ListPrice"/>.</summary>
    public string? PriceReason { get; private set; }

    /// <summary>PR-1, WO-11: the list's word that the old part is worth bringing back; true for a part the list lacks.</summary>
    public bool HasRecoveryValue { get; private set; }

    /// <summary>The customer's own doing (e.g. wrong fitting after WO-4's advice): a warranty does not cover it.</summary>
    public bool CustomerCaused { get; private set; }

    /// <summary>Billed to the customer once issued; decided by the order's service type when requested.</summary>
    public bool Chargeable { get; private set; }

    public PartStatus Status { get; private set; }

    public OldPartState OldPart { get; private set; }

    public string? WaiverReason { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>The Finance user who approved the request.</summary>
    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>WO-11 (r2): the Director's approval of a line above the limit, after Finance's.</summary>
    public string? DirectorApprovedBy { get; private set; }

    public DateTimeOffset? DirectorApprovedAt { get; private set; }

    /// <summary>The Warehouse user who booked the part out.</summary>
    public string? IssuedBy { get; private set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    public string? FittedBy { get; private set; }

    public DateTimeOffset? FittedAt { get; private set; }

    /// <summary>WO-11 (r2): recorded when fitted; required for a traceable part (unit price above the limit).</summary>
    public string? SerialNumber { get; private set; }

    /// <summary>The Warehouse user who received the unused part back.</summary>
    public string? BookedBackBy { get; private set; }

    public DateTimeOffset? BookedBackAt { get; private set; }

    /// <summary>Who booked the old part in or waived it; null for the automatic small-part waiver.</summary>
    public string? OldPartRecordedBy { get; private set; }

    public DateTimeOffset? OldPartRecordedAt { get; private set; }

    public decimal Total => WorkOrderMoney.PartTotal(Quantity, UnitPrice);

    /// <inheritdoc cref="WorkOrderMoney.Deposit"/>
    public decimal Deposit => WorkOrderMoney.Deposit(Status, OldPart, Total);

    /// <inheritdoc cref="WorkOrderMoney.Charge"/>
    public decimal Charge => WorkOrderMoney.Charge(Status, Chargeable, Total);

    /// <summary>WO-11 (r2): Finance approves; a line whose total is above <paramref name="directorApprovalLimit"/> then waits for the Director.</summary>
    internal void Approve(string approvedBy, decimal directorApprovalLimit, DateTimeOffset at)
    {
        PartLifecycle.Ensure(this, PartStep.FinanceApproval);
        ApprovedBy = Require.Text(approvedBy, 100);
        ApprovedAt = at;
        Status = Total > directorApprovalLimit ? PartStatus.AwaitingDirector : PartStatus.Approved;
    }

    internal void ApproveAsDirector(string approvedBy, DateTimeOffset at)
    {
        PartLifecycle.Ensure(this, PartStep.DirectorApproval);
        DirectorApprovedBy = Require.Text(approvedBy, 100);
        DirectorApprovedAt = at;
        Status = PartStatus.Approved;
    }

    internal void BookOut(string issuedBy, DateTimeOffset at)
    {
        PartLifecycle.Ensure(this, PartStep.BookOut);
        IssuedBy = Require.Text(issuedBy, 100);
        IssuedAt = at;
        Status = PartStatus.Issued;
    }

    /// <summary>WO-11 (r2): a part priced above <paramref name="traceableLimit"/> is traced by its serial number.</summary>
    internal void Fit(string? serialNumber, string fittedBy, decimal traceableLimit, DateTimeOffset at)
    {
        PartLifecycle.Ensure(this, PartStep.Fit);
        var serial = Require.OptionalText(serialNumber, SerialNumberMaxLength);
        if (serial is null && UnitPrice > traceableLimit)
        {
            throw new BusinessRuleViolationException(
                "WO-11",
                string.Create(CultureInfo.InvariantCulture, $"part {PartNumber} at {UnitPrice:0.00} is above the traceable limit of {traceableLimit:0.00}; record its serial number"));
        }

        SerialNumber = serial;
        FittedBy = Require.Text(fittedBy, 100);
        FittedAt = at;
        Status = PartStatus.Fitted;
    }

    /// <summary>
    /// WO-11 (r2): the unused part is back on the shelf. Nothing was replaced, so nothing is held (<see cref="WorkOrderMoney.Deposit"/>
    /// counts only parts out of the warehouse) and its old part cannot be booked in.
    /// </summary>
    internal void BookBackUnused(string bookedBackBy, DateTimeOffset at)
    {
        PartLifecycle.Ensure(this, PartStep.BookBackUnused);
        BookedBackBy = Require.Text(bookedBackBy, 100);
        BookedBackAt = at;
        Status = PartStatus.ReturnedUnused;
    }

    /// <summary>The order was cancelled before the part left the warehouse.</summary>
    internal void Withdraw()
    {
        PartLifecycle.Ensure(this, PartStep.Withdraw);
        Status = PartStatus.Withdrawn;
    }

    internal void BookOldPartIn(string bookedInBy, DateTimeOffset at)
    {
        EnsureOldPartOutstanding("booked in");
        if (Status != PartStatus.Fitted)
        {
            throw new BusinessRuleViolationException("WO-11", $"part {PartNumber} has not been fitted, so no old part has been replaced yet");
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
