using AfterSales.Application.Abstractions;
using AfterSales.Domain.Pricing;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Pricing;

/// <summary>PR-1 (r2): the price in force on a company day, the one every quote and part line takes unless it says why not.</summary>
public sealed class PriceList(IAfterSalesDbContext db)
{
    /// <summary>The part's latest price effective on or before <paramref name="day"/>; null when the list has none yet.</summary>
    public Task<PartPrice?> PartInForceAsync(string partNumber, DateOnly day, CancellationToken cancellationToken)
    {
        var number = partNumber.Trim();
        return db.PartPrices.AsNoTracking()
            .Where(price => price.PartNumber == number && price.EffectiveFrom <= day)
            .OrderByDescending(price => price.EffectiveFrom)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The service's latest hourly rate effective on or before <paramref name="day"/>; null when the list has none yet.</summary>
    public Task<LabourRate?> LabourRateInForceAsync(string service, DateOnly day, CancellationToken cancellationToken)
    {
        var code = service.Trim();
        return db.LabourRates.AsNoTracking()
            .Where(rate => rate.Service == code && rate.EffectiveFrom <= day)
            .OrderByDescending(rate => rate.EffectiveFrom)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
