using AfterSales.Domain.Shipping;
using AutoMapper;

namespace AfterSales.Application.Shipping;

/// <summary>PR-3: parts booked out to a carrier against what they were shipped for.</summary>
public sealed record ShipmentResponse(
    Guid Id,
    ShipmentFor ShippedFor,
    Guid ShippedForId,
    string ShippedForNumber,
    string Carrier,
    string TrackingNumber,
    DateOnly ShippedOn,
    string BookedOutBy,
    DateTimeOffset RecordedAt);

public sealed class ShipmentMappings : Profile
{
    public ShipmentMappings() => CreateMap<Shipment, ShipmentResponse>();
}
