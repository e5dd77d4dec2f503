using AfterSales.Application.Abstractions;
using AfterSales.Application.Shipping;
using AfterSales.Domain.PartsOrders;
using AutoMapper;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.PartsOrders;

/// <summary>Parts-only orders as responses, with the shipments booked out against them (PR-3).</summary>
public sealed class PartsOrderResponses(IAfterSalesDbContext db, IMapper mapper)
{
    public async Task<PartsOrderResponse> OfAsync(PartsOrder order, CancellationToken cancellationToken) =>
        (await OfAsync([order], cancellationToken))[0];

    public async Task<IReadOnlyList<PartsOrderResponse>> OfAsync(IReadOnlyList<PartsOrder> orders, CancellationToken cancellationToken)
    {
        var ids = orders.Select(order => order.Id).ToList();
        var shipments = await db.Shipments.AsNoTracking()
            .Where(shipment => ids.Contains(shipment.ShippedForId))
            .OrderBy(shipment => shipment.RecordedAt)
            .ToListAsync(cancellationToken);
        var byOrder = shipments.ToLookup(shipment => shipment.ShippedForId);
        return [.. orders.Select(order => PartsOrderResponse.Of(order, [.. byOrder[order.Id].Select(mapper.Map<ShipmentResponse>)]))];
    }
}
