using AfterSales.Domain.Customers;
using AfterSales.Domain.Receivables;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class ReceivableConfiguration : IEntityTypeConfiguration<Receivable>
{
    public void Configure(EntityTypeBuilder<Receivable> builder)
    {
        builder.HasKey(receivable => receivable.Id);
        builder.Property(receivable => receivable.Id).ValueGeneratedNever();
        builder.Property(receivable => receivable.Version).IsRowVersion();
        builder.Ignore(receivable => receivable.DomainEvents);
        builder.Ignore(receivable => receivable.IsSettled);
        builder.Property(receivable => receivable.WorkOrderNumber).HasMaxLength(20);

        builder.HasOne<WorkOrder>().WithMany().HasForeignKey(receivable => receivable.WorkOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(receivable => receivable.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Technician>().WithMany().HasForeignKey(receivable => receivable.TechnicianId).OnDelete(DeleteBehavior.Restrict);

        // At most one unsettled receivable per order (the reactions look it up by order); settled ones are history.
        builder.HasIndex(receivable => receivable.WorkOrderId)
            .IsUnique()
            .HasFilter("settled_on IS NULL")
            .HasDatabaseName(UniqueConstraints.UnsettledReceivable);

        // The overdue list (WO-12) is "unsettled, opened on or before a cut-off day", oldest first.
        builder.HasIndex(receivable => receivable.OpenedOn).HasFilter("settled_on IS NULL").HasDatabaseName("ix_receivables_unsettled_opened_on");

        // One technician's receivables (the list filter, and HC-2's handover items), oldest first.
        builder.HasIndex(receivable => new { receivable.TechnicianId, receivable.OpenedOn });
    }
}
