using AfterSales.Domain.Customers;
using AfterSales.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class InvoiceRequestConfiguration : IEntityTypeConfiguration<InvoiceRequest>
{
    public void Configure(EntityTypeBuilder<InvoiceRequest> builder)
    {
        builder.HasKey(request => request.Id);
        builder.Property(request => request.Id).ValueGeneratedNever();
        builder.Property(request => request.Version).IsRowVersion();
        builder.Ignore(request => request.DomainEvents);
        builder.Property(request => request.Number).HasMaxLength(20);
        builder.Property(request => request.SourceNumber).HasMaxLength(20);
        builder.Property(request => request.InvoiceNumber).HasMaxLength(50);
        builder.Property(request => request.IssuedBy).HasMaxLength(100);
        builder.Property(request => request.CancelReason).HasMaxLength(500);

        // The source is a work order now and a parts-only order later (PR-2), so it has no foreign key of its own.
        builder.HasOne<Customer>().WithMany().HasForeignKey(request => request.CustomerId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(request => request.Number).IsUnique().HasDatabaseName(UniqueConstraints.InvoiceRequestNumber);

        // WO-12 (r2): an invoice number is recorded once.
        builder.HasIndex(request => request.InvoiceNumber).IsUnique().HasFilter("invoice_number IS NOT NULL").HasDatabaseName(UniqueConstraints.InvoiceNumber);

        // One request waiting for Finance per order at a time; issued and cancelled ones are history.
        builder.HasIndex(request => new { request.Source, request.SourceId })
            .IsUnique()
            .HasFilter("status = 'Requested'")
            .HasDatabaseName(UniqueConstraints.OpenInvoiceRequest);

        // Every request of an order (the reaction to a resolution reads them), and Finance's list oldest first.
        builder.HasIndex(request => request.SourceId);
        builder.HasIndex(request => new { request.ServiceOn, request.RequestedAt }).HasFilter("status = 'Requested'").HasDatabaseName("ix_invoice_requests_requested_service_on");
    }
}
