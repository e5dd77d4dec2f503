using AfterSales.Domain.Shipping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> builder)
    {
        builder.HasKey(shipment => shipment.Id);
        builder.Property(shipment => shipment.Id).ValueGeneratedNever();
        builder.Property(shipment => shipment.Version).IsRowVersion();
        builder.Ignore(shipment => shipment.DomainEvents);

        builder.Property(shipment => shipment.ShippedForNumber).HasMaxLength(20);
        builder.Property(shipment => shipment.Carrier).HasMaxLength(Shipment.CarrierMaxLength);
        builder.Property(shipment => shipment.TrackingNumber).HasMaxLength(Shipment.TrackingNumberMaxLength);
        builder.Property(shipment => shipment.BookedOutBy).HasMaxLength(100);

        // PR-3: one parcel is booked out once; what an order or request was shipped with is found by its id.
        builder.HasIndex(shipment => new { shipment.Carrier, shipment.TrackingNumber }).IsUnique().HasDatabaseName(UniqueConstraints.ShipmentTrackingNumber);
        builder.HasIndex(shipment => shipment.ShippedForId);
    }
}
