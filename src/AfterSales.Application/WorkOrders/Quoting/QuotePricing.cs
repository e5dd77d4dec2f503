using AfterSales.Application.Pricing;
using AfterSales.Domain.Common;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders.Quoting;

/// <summary>A labour line asked for: hours of a service, at the rate in force unless a different one is given with its reason.</summary>
public sealed record LabourLineRequest(string Service, decimal Hours, decimal? PerHour = null, string? PriceReason = null);

/// <summary>A part line asked for: a quantity of a part, at the price in force unless a different one is given with its reason.</summary>
public sealed record PartLineRequest(string PartNumber, int Quantity, decimal? UnitPrice = null, string? PriceReason = null);

/// <summary>PR-1 (r2): a quote's lines priced from the list in force on its day; a service or part the list lacks cannot be quoted.</summary>
public sealed class QuotePricing(PriceList priceList)
{
    public async Task<IReadOnlyList<QuoteLine>> LinesAsync(
        IEnumerable<LabourLineRequest> labour,
        IEnumerable<PartLineRequest> parts,
        DateOnly day,
        CancellationToken cancellationToken)
    {
        var lines = new List<QuoteLine>();
        foreach (var line in labour)
        {
            var rate = await priceList.LabourRateInForceAsync(line.Service, day, cancellationToken)
                ?? throw NotListed($"service {line.Service.Trim()} has no labour rate", day);
            lines.Add(QuoteLine.Labour(rate.Service, rate.Name, line.Hours, rate.PerHour, line.PerHour, line.PriceReason));
        }

        foreach (var line in parts)
        {
            var price = await priceList.PartInForceAsync(line.PartNumber, day, cancellationToken)
                ?? throw NotListed($"part {line.PartNumber.Trim()} has no price", day);
            lines.Add(QuoteLine.Part(price.PartNumber, price.Name, line.Quantity, price.UnitPrice, line.UnitPrice, line.PriceReason));
        }

        return lines;
    }

    private static BusinessRuleViolationException NotListed(string what, DateOnly day) =>
        new("PR-1", $"{what} on the price list in force on {day:yyyy-MM-dd}");
}
