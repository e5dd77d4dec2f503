using AfterSales.Domain.Pricing;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class PartConfiguration : IEntityTypeConfiguration<Part>
{
    public void Configure(EntityTypeBuilder<Part> builder)
    {
        builder.ToTable("work_order_parts");
        builder.Property(part => part.Id).ValueGeneratedNever();
        builder.Property(part => part.PartNumber).HasMaxLength(50);
        builder.Property(part => part.Name).HasMaxLength(200);
        builder.Property(part => part.WaiverReason).HasMaxLength(500);
        builder.Property(part => part.RequestedBy).HasMaxLength(100);
        builder.Property(part => part.PriceReason).HasMaxLength(PartPricing.PriceReasonMaxLength);
        builder.Property(part => part.ApprovedBy).HasMaxLength(100);
        builder.Property(part => part.DirectorApprovedBy).HasMaxLength(100);
        builder.Property(part => part.IssuedBy).HasMaxLength(100);
        builder.Property(part => part.FittedBy).HasMaxLength(100);
        builder.Property(part => part.SerialNumber).HasMaxLength(Part.SerialNumberMaxLength);
        builder.Property(part => part.BookedBackBy).HasMaxLength(100);

        // WO-11 (r2): the outstanding old-parts list, oldest first; the filter is ListOutstandingOldPartsHandler's condition.
        builder.HasIndex(part => new { part.IssuedAt, part.Id })
            .HasDatabaseName("ix_work_order_parts_outstanding_old_parts")
            .HasFilter("old_part = 'Outstanding' AND status IN ('Issued', 'Fitted')");
        builder.Property(part => part.OldPartRecordedBy).HasMaxLength(100);
        builder.Ignore(part => part.Total);
        builder.Ignore(part => part.Deposit);
        builder.Ignore(part => part.Charge);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments");
        builder.Property(payment => payment.Id).ValueGeneratedNever();
        builder.Property(payment => payment.RecordedBy).HasMaxLength(100);
        builder.Property(payment => payment.RemittedBy).HasMaxLength(100);
        builder.HasOne<Technician>().WithMany().HasForeignKey(payment => payment.CollectedBy).OnDelete(DeleteBehavior.Restrict);

        // WO-12 (r2): Finance's unremitted-cash list and a leaver's cash (HC-2) read exactly these rows, by collector and age.
        builder.HasIndex(payment => new { payment.CollectedBy, payment.ReceivedAt })
            .HasFilter("method = 'Cash' AND remitted_at IS NULL")
            .HasDatabaseName("ix_payments_unremitted_cash");
    }
}

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.ToTable("work_order_refunds");
        builder.Property(refund => refund.Id).ValueGeneratedNever();
        builder.Property(refund => refund.Reference).HasMaxLength(Refund.ReferenceMaxLength);
        builder.Property(refund => refund.RecordedBy).HasMaxLength(100);
    }
}
