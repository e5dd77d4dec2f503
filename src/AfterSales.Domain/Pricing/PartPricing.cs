using System.Globalization;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.Pricing;

/// <summary>
/// PR-1 (r2): the price a part line takes. The list's price in force on the line's day, unless a different one is
/// given with the reason for it; a part the list does not have yet needs its price given, and is assumed worth
/// bringing back (WO-11: only the list can say a part has no recovery value).
/// </summary>
public sealed record PartPricing(decimal UnitPrice, decimal? ListPrice, string? PriceReason, bool HasRecoveryValue)
{
    public const int PriceReasonMaxLength = 500;

    public static PartPricing Of(string partNumber, PartPrice? inForce, decimal? unitPrice, string? priceReason)
    {
        var reason = Require.OptionalText(priceReason, PriceReasonMaxLength);
        if (inForce is null)
        {
            var given = unitPrice ?? throw new BusinessRuleViolationException(
                "PR-1",
                $"part {partNumber} has no price in force on the price list; give its unit price");
            return new PartPricing(Money.NonNegative(given, nameof(unitPrice)), null, reason, HasRecoveryValue: true);
        }

        var price = unitPrice is { } requested ? Money.NonNegative(requested, nameof(unitPrice)) : inForce.UnitPrice;
        if (price == inForce.UnitPrice)
        {
            return new PartPricing(price, inForce.UnitPrice, null, inForce.HasRecoveryValue);
        }

        if (reason is null)
        {
            throw new BusinessRuleViolationException(
                "PR-1",
                string.Create(CultureInfo.InvariantCulture, $"part {partNumber} is listed at {inForce.UnitPrice:0.00}; a price of {price:0.00} needs a reason"));
        }

        return new PartPricing(price, inForce.UnitPrice, reason, inForce.HasRecoveryValue);
    }
}
