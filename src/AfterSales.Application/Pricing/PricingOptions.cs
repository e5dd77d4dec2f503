using System.ComponentModel.DataAnnotations;

namespace AfterSales.Application.Pricing;

/// <summary>[Pricing] — the discounts a technician may give on their own (WO-12 r2, S001 制度7 一.5) and the hours to confirm a parts-only order's payment (PR-2).</summary>
public sealed class PricingOptions
{
    public const string Section = "Pricing";

    /// <summary>The largest discount, in percent of a quote, a technician gives without the Manager.</summary>
    [Range(0, 100)]
    public decimal MaxDiscountPercent { get; set; } = 10m;

    /// <summary>How many discounted quotes a technician may have accepted in an ISO week without the Manager.</summary>
    [Range(0, 1000)]
    public int DiscountsPerWeek { get; set; } = 5;

    /// <summary>PR-2: Finance confirms a parts-only order's payment within this many hours of its arrival.</summary>
    [Range(1, 168)]
    public int PaymentConfirmHours { get; set; } = 12;

    public TimeSpan PaymentConfirmWithin => TimeSpan.FromHours(PaymentConfirmHours);
}
