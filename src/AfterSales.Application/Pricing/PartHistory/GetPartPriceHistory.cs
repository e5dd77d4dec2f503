using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Pricing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Pricing.PartHistory;

/// <summary>PR-1: every price a part has had or is set to have, latest effective day first; a part never priced is not found.</summary>
public sealed record GetPartPriceHistory(string PartNumber) : IQuery<IReadOnlyList<PartPriceResponse>>;

public sealed class GetPartPriceHistoryHandler(IAfterSalesDbContext db) : IQueryHandler<GetPartPriceHistory, IReadOnlyList<PartPriceResponse>>
{
    public async ValueTask<IReadOnlyList<PartPriceResponse>> Handle(GetPartPriceHistory query, CancellationToken cancellationToken)
    {
        var number = query.PartNumber.Trim();
        var lines = await db.PartPrices.AsNoTracking()
            .Where(price => price.PartNumber == number)
            .OrderByDescending(price => price.EffectiveFrom)
            .ToListAsync(cancellationToken);
        return lines.Count > 0 ? [.. lines.Select(PartPriceResponse.From)] : throw new NotFoundException(nameof(PartPrice), number);
    }
}
