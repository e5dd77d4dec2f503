using AfterSales.Domain.Common;

namespace AfterSales.Domain.Technicians;

/// <summary>Company property in a technician's keeping (TE-4).</summary>
public sealed class PropertyItem
{
    private PropertyItem()
    {
        Description = null!;
        AssetTag = null!;
    }

    internal PropertyItem(PropertyKind kind, string description, string assetTag, DateOnly issuedOn, decimal originalPrice)
    {
        Id = Guid.CreateVersion7();
        Kind = Require.Defined(kind);
        Description = Require.Text(description, 200);
        AssetTag = Require.Text(assetTag, 50);
        IssuedOn = issuedOn;
        OriginalPrice = Money.NonNegative(originalPrice, nameof(originalPrice));
    }

    public Guid Id { get; private set; }

    public PropertyKind Kind { get; private set; }

    public string Description { get; private set; }

    public string AssetTag { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public decimal OriginalPrice { get; private set; }

    public DateOnly? ReturnedOn { get; private set; }

    public DateOnly? LostOn { get; private set; }

    /// <summary>What the technician owes for a lost item: its original price (TE-4).</summary>
    public decimal? Compensation { get; private set; }

    public bool IsOutstanding => ReturnedOn is null && LostOn is null;

    internal void MarkReturned(DateOnly returnedOn)
    {
        EnsureOutstanding();
        if (returnedOn < IssuedOn)
        {
            throw new BusinessRuleViolationException("TE-4", $"item {AssetTag} cannot be returned before it was issued on {IssuedOn:yyyy-MM-dd}");
        }

        ReturnedOn = returnedOn;
    }

    internal void MarkLost(DateOnly lostOn)
    {
        EnsureOutstanding();
        if (lostOn < IssuedOn)
        {
            throw new BusinessRuleViolationException("TE-4", $"item {AssetTag} cannot be lost before it was issued on {IssuedOn:yyyy-MM-dd}");
        }

        LostOn = lostOn;
        Compensation = OriginalPrice;
    }

    private void EnsureOutstanding()
    {
        if (!IsOutstanding)
        {
            throw new BusinessRuleViolationException("TE-4", $"item {AssetTag} is no longer with the technician");
        }
    }
}
