using AfterSales.Domain.Common;

namespace AfterSales.Domain.Pricing;

/// <summary>
/// PR-1 (r2): one line of Finance's price list: a part's unit price from a date on. A new price is a new line, so
/// a quote or part line made before it keeps the price that was in force on its day.
/// </summary>
public sealed class PartPrice : AggregateRoot
{
    public const int PartNumberMaxLength = 50;
    public const int NameMaxLength = 200;
    public const int ProductLineMaxLength = 100;

    private PartPrice()
        : base(Guid.Empty)
    {
        PartNumber = null!;
        Name = null!;
        ProductLine = null!;
        RecordedBy = null!;
    }

    private PartPrice(Guid id, string partNumber, string name, decimal unitPrice, string productLine, bool hasRecoveryValue, DateOnly effectiveFrom, string recordedBy, DateTimeOffset recordedAt)
        : base(id)
    {
        PartNumber = Require.Text(partNumber, PartNumberMaxLength);
        Name = Require.Text(name, NameMaxLength);
        UnitPrice = Money.NonNegative(unitPrice, nameof(unitPrice));
        ProductLine = Require.Text(productLine, ProductLineMaxLength);
        HasRecoveryValue = hasRecoveryValue;
        EffectiveFrom = effectiveFrom;
        RecordedBy = Require.Text(recordedBy, 100);
        RecordedAt = recordedAt;
    }

    public string PartNumber { get; private set; }

    public string Name { get; private set; }

    public decimal UnitPrice { get; private set; }

    public string ProductLine { get; private set; }

    /// <summary>WO-11 (r2): an old part worth recovering is never waived automatically, however cheap.</summary>
    public bool HasRecoveryValue { get; private set; }

    /// <summary>The first company day this price applies; it applies until a later line for the same part takes over.</summary>
    public DateOnly EffectiveFrom { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static PartPrice Set(string partNumber, string name, decimal unitPrice, string productLine, bool hasRecoveryValue, DateOnly effectiveFrom, string recordedBy, TimeProvider clock)
    {
        var price = new PartPrice(Guid.CreateVersion7(), partNumber, name, unitPrice, productLine, hasRecoveryValue, effectiveFrom, recordedBy, clock.GetUtcNow());
        price.Raise(new PartPriceSet(price.Id, price.PartNumber, price.UnitPrice, price.HasRecoveryValue, price.EffectiveFrom, price.RecordedAt));
        return price;
    }

    /// <summary>PR-1: Finance sets a part's price from today or a later company day, never back-dated (<see cref="PriceListRules"/>).</summary>
    public static PartPrice Schedule(string partNumber, string name, decimal unitPrice, string productLine, bool hasRecoveryValue, DateOnly effectiveFrom, DateOnly today, string recordedBy, TimeProvider clock)
    {
        PriceListRules.EnsureNotBackDated(effectiveFrom, today);
        return Set(partNumber, name, unitPrice, productLine, hasRecoveryValue, effectiveFrom, recordedBy, clock);
    }
}
