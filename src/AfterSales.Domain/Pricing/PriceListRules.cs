using AfterSales.Domain.Common;

namespace AfterSales.Domain.Pricing;

/// <summary>PR-1: what Finance may put on the price list, whether one line at a time or from an imported workbook.</summary>
public static class PriceListRules
{
    /// <summary>
    /// A price starts today or later. A back-dated line would change, after the fact, the price in force on days that
    /// quotes and part lines were already priced on, and nothing would say so.
    /// </summary>
    public static void EnsureNotBackDated(DateOnly effectiveFrom, DateOnly today)
    {
        if (IsBackDated(effectiveFrom, today))
        {
            throw new BusinessRuleViolationException("PR-1", BackDated(effectiveFrom, today));
        }
    }

    public static bool IsBackDated(DateOnly effectiveFrom, DateOnly today) => effectiveFrom < today;

    public static string BackDated(DateOnly effectiveFrom, DateOnly today) =>
        $"a price cannot take effect on {effectiveFrom:yyyy-MM-dd}, before today ({today:yyyy-MM-dd}): prices already in force are not rewritten";
}
