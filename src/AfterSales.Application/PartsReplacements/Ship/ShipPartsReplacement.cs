using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Shipping;
using AfterSales.Domain.PartsReplacements;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.PartsReplacements.Ship;

/// <summary>PR-3, PS-1: the Warehouse books the part out to a carrier; recording the shipment stops the ship clock.</summary>
public sealed record ShipPartsReplacement(string Carrier, string TrackingNumber, DateOnly? ShippedOn) : ICommand<ShipmentResponse>, IShipmentDetails
{
    [JsonIgnore]
    public Guid RequestId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ShipPartsReplacementValidator : ShipmentValidator<ShipPartsReplacement>;

public sealed class ShipPartsReplacementHandler(IAfterSalesDbContext db, PartsShippingPolicy policy, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : ICommandHandler<ShipPartsReplacement, ShipmentResponse>
{
    public async ValueTask<ShipmentResponse> Handle(ShipPartsReplacement command, CancellationToken cancellationToken)
    {
        var request = await db.PartsReplacementRequests.LoadForChangeAsync(command.RequestId, command.ExpectedVersion, cancellationToken);
        var shipment = request.Ship(command.Carrier, command.TrackingNumber, command.ShippedOn!.Value, user.UserName, policy, clock);
        db.Shipments.Add(shipment);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ShipmentResponse>(shipment);
    }
}
