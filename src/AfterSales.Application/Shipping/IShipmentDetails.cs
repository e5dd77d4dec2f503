namespace AfterSales.Application.Shipping;

/// <summary>PR-3: what every shipment records, whatever it ships for: the carrier, its tracking number and the day.</summary>
public interface IShipmentDetails
{
    string Carrier { get; }

    string TrackingNumber { get; }

    DateOnly? ShippedOn { get; }
}
