using AfterSales.Domain.Customers;
using AfterSales.Domain.Returns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class ReturnRequestConfiguration : IEntityTypeConfiguration<ReturnRequest>
{
    public void Configure(EntityTypeBuilder<ReturnRequest> builder)
    {
        builder.HasKey(request => request.Id);
        builder.Property(request => request.Id).ValueGeneratedNever();
        builder.Property(request => request.Version).IsRowVersion();
        builder.Ignore(request => request.DomainEvents);

        builder.Property(request => request.Number).HasMaxLength(20);
        builder.HasIndex(request => request.Number).IsUnique().HasDatabaseName(UniqueConstraints.ReturnNumber);
        builder.Property(request => request.Model).HasMaxLength(100);
        builder.Property(request => request.SerialNumber).HasMaxLength(100);
        builder.Property(request => request.ProofOfPurchase).HasMaxLength(ReturnRequest.ProofMaxLength);
        builder.Property(request => request.Note).HasMaxLength(ReturnRequest.TextMaxLength);
        builder.Property(request => request.IneligibleReason).HasMaxLength(ReturnRequest.TextMaxLength);
        builder.Property(request => request.ExceptionReason).HasMaxLength(ReturnRequest.TextMaxLength);
        builder.Property(request => request.RefusalReason).HasMaxLength(ReturnRequest.TextMaxLength);
        builder.Property(request => request.InspectionFindings).HasMaxLength(ReturnRequest.TextMaxLength);
        builder.Property(request => request.RegisteredBy).HasMaxLength(100);
        builder.Property(request => request.ExceptionGrantedBy).HasMaxLength(100);
        builder.Property(request => request.DecidedBy).HasMaxLength(100);
        builder.Property(request => request.ReceivedBy).HasMaxLength(100);
        builder.Property(request => request.InspectedBy).HasMaxLength(100);
        builder.OwnsOne(request => request.ToldToBring);

        builder.HasOne<Customer>().WithMany().HasForeignKey(request => request.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Equipment>().WithMany().HasForeignKey(request => request.EquipmentId).OnDelete(DeleteBehavior.Restrict);

        // RX-1: one open request per item; a second would take the same machine back twice.
        builder.HasIndex(request => request.EquipmentId)
            .IsUnique()
            .HasFilter("status NOT IN ('Refused', 'Refunded', 'Exchanged', 'Settled')")
            .HasDatabaseName(UniqueConstraints.OpenReturnOfItem);

        // The list, newest first, by status; a customer's requests.
        builder.HasIndex(request => request.RegisteredAt).IsDescending();
        builder.HasIndex(request => new { request.Status, request.RegisteredAt }).IsDescending(false, true);
        builder.HasIndex(request => request.CustomerId);

        builder.HasMany(request => request.StockMovements).WithOne().HasForeignKey(movement => movement.ReturnRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(request => request.StockMovements).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.ToTable("stock_movements");
        builder.HasKey(movement => movement.Id);
        builder.Property(movement => movement.Id).ValueGeneratedNever();
        builder.Property(movement => movement.Model).HasMaxLength(100);
        builder.Property(movement => movement.SerialNumber).HasMaxLength(100);

        // The Warehouse's list, newest first.
        builder.HasIndex(movement => movement.At).IsDescending();
    }
}
