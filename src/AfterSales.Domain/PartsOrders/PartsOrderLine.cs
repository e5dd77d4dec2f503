using AfterSales.Domain.Common;
using AfterSales.Domain.Pricing;

namespace AfterSales.Domain.PartsOrders;

/// <summary>PR-2, PR-1: a part sold without a repair, priced from the list in force on the order's day unless a reason says otherwise.</summary>
public sealed class PartsOrderLine
{
    private PartsOrderLine()
    {
        PartNumber = null!;
        Name = null!;
    }

    internal PartsOrderLine(string partNumber, string name, int quantity, PartPricing pricing)
    {
        PartNumber = partNumber;
        Name = name;
        Quantity = quantity;
        UnitPrice = pricing.UnitPrice;
        ListPrice = pricing.ListPrice;
        PriceReason = pricing.PriceReason;
    }

    public string PartNumber { get; private set; }

    public string Name { get; private set; }

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    /// <summary>The list's price on the order's day; null for a part the list does not have.</summary>
    public decimal? ListPrice { get; private set; }

    /// <summary>PR-1: why the line is not at the list's price (or why a part off the list costs what it does).</summary>
    public string? PriceReason { get; private set; }

    public decimal LineTotal => Money.Round(Quantity * UnitPrice);
}

/// <summary>A line as asked for, with the list's price in force on the order's day (null when the list lacks the part).</summary>
public sealed record PartsOrderLineRequest(string PartNumber, string? Name, int Quantity, decimal? UnitPrice, string? PriceReason, PartPrice? InForce);
