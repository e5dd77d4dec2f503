using System.ComponentModel.DataAnnotations;

namespace AfterSales.Application.Pricing;

/// <summary>[Pricing] — the discounts a technician may give on their own (WO-12 r2, S001 制度7 一.5).</summary>
public sealed class PricingOptions
{
    public const string Section = "Pricing";

    /// <summary>The largest discount, in percent of a quote, a technician gives without the Manager.</summary>
    [Range(0, 100)]
    public decimal MaxDiscountPercent { get; set; } = 10m;

    /// <summary>How many discounted quotes a technician may have accepted in an ISO week without the Manager.</summary>
    [Range(0, 1000)]
    public int DiscountsPerWeek { get; set; } = 5;
}
