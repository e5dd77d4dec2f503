using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.PartsOrders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.PartsOrders.Get;

/// <summary>PR-2: a parts-only order with its payment, clocks and shipments.</summary>
public sealed record GetPartsOrder(Guid Id) : IQuery<PartsOrderResponse>;

public sealed class GetPartsOrderHandler(IAfterSalesDbContext db, PartsOrderResponses responses)
    : IQueryHandler<GetPartsOrder, PartsOrderResponse>
{
    public async ValueTask<PartsOrderResponse> Handle(GetPartsOrder query, CancellationToken cancellationToken) =>
        await responses.OfAsync(
            await db.PartsOrders.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == query.Id, cancellationToken)
                ?? throw new NotFoundException(nameof(PartsOrder), query.Id),
            cancellationToken);
}
