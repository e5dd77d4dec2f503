using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Shipping;
using AfterSales.Domain.Scheduling;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.PartsOrders.Ship;

/// <summary>PR-3, PR-2: the Warehouse books the parts out to a carrier, once the order is paid or taken on account.</summary>
public sealed record ShipPartsOrder(string Carrier, string TrackingNumber, DateOnly? ShippedOn) : ICommand<ShipmentResponse>, IShipmentDetails
{
    [JsonIgnore]
    public Guid OrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ShipPartsOrderValidator : ShipmentValidator<ShipPartsOrder>;

public sealed class ShipPartsOrderHandler(IAfterSalesDbContext db, WorkingCalendar calendar, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : ICommandHandler<ShipPartsOrder, ShipmentResponse>
{
    public async ValueTask<ShipmentResponse> Handle(ShipPartsOrder command, CancellationToken cancellationToken)
    {
        var order = await db.PartsOrders.LoadForChangeAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        var shipment = order.Ship(command.Carrier, command.TrackingNumber, command.ShippedOn!.Value, user.UserName, calendar, clock);
        db.Shipments.Add(shipment);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ShipmentResponse>(shipment);
    }
}
