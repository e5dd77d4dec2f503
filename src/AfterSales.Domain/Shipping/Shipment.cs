using AfterSales.Domain.Common;

namespace AfterSales.Domain.Shipping;

/// <summary>What a shipment carries parts for (PR-3).</summary>
public enum ShipmentFor
{
    PartsReplacement,

    /// <summary>PR-2: a parts-only order.</summary>
    PartsOrder,

    /// <summary>WO-4: a work order resolved by shipping parts (<c>ShipParts</c>).</summary>
    WorkOrder,
}

/// <summary>
/// PR-3: parts handed to a carrier, booked out by the Warehouse against what they are shipped for, with the carrier's
/// tracking number and the day they left. Its own record, so every kind of order ships the same way and the carrier's
/// tracking number is unique across all of them.
/// </summary>
public sealed class Shipment : AggregateRoot
{
    public const int CarrierMaxLength = 100;
    public const int TrackingNumberMaxLength = 50;

    private Shipment()
        : base(Guid.Empty)
    {
        ShippedForNumber = null!;
        Carrier = null!;
        TrackingNumber = null!;
        BookedOutBy = null!;
    }

    private Shipment(Guid id)
        : base(id)
    {
        ShippedForNumber = null!;
        Carrier = null!;
        TrackingNumber = null!;
        BookedOutBy = null!;
    }

    public ShipmentFor ShippedFor { get; private set; }

    public Guid ShippedForId { get; private set; }

    /// <summary>The number of what it ships for, e.g. <c>PS-2026-000001</c>, <c>PO-…</c> or <c>WO-…</c>, as the Warehouse reads it on the parcel.</summary>
    public string ShippedForNumber { get; private set; }

    public string Carrier { get; private set; }

    public string TrackingNumber { get; private set; }

    /// <summary>The company-local day the parts left.</summary>
    public DateOnly ShippedOn { get; private set; }

    public string BookedOutBy { get; private set; }

    /// <summary>When the shipment was recorded; PS-1's ship clock stops then.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>
    /// PR-3: books parts out against <paramref name="shippedForNumber"/>; shipped on a day from <paramref name="earliest"/>
    /// (the day the need arose) to <paramref name="today"/>.
    /// </summary>
    internal static Shipment BookOut(
        ShipmentFor shippedFor,
        Guid shippedForId,
        string shippedForNumber,
        string carrier,
        string trackingNumber,
        DateOnly shippedOn,
        DateOnly earliest,
        DateOnly today,
        string bookedOutBy,
        DateTimeOffset now)
    {
        if (shippedOn > today)
        {
            throw new InvalidInputException("shippedOn", $"PR-3: parts cannot be shipped after today ({today:yyyy-MM-dd}).");
        }

        if (shippedOn < earliest)
        {
            throw new InvalidInputException("shippedOn", $"PR-3: {shippedForNumber} cannot be shipped before {earliest:yyyy-MM-dd}.");
        }

        var shipment = new Shipment(Guid.CreateVersion7())
        {
            ShippedFor = Require.Defined(shippedFor),
            ShippedForId = shippedForId,
            ShippedForNumber = Require.Text(shippedForNumber, 20),
            Carrier = Require.Text(carrier, CarrierMaxLength),
            TrackingNumber = Require.Text(trackingNumber, TrackingNumberMaxLength),
            ShippedOn = shippedOn,
            BookedOutBy = Require.Text(bookedOutBy, 100),
            RecordedAt = now,
        };
        shipment.Raise(new ShipmentBookedOut(shipment.Id, shippedFor, shippedForId, now));
        return shipment;
    }
}

public sealed record ShipmentBookedOut(Guid ShipmentId, ShipmentFor ShippedFor, Guid ShippedForId, DateTimeOffset OccurredAt) : IDomainEvent;
