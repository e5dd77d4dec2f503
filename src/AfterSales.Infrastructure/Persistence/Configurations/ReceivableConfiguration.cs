using AfterSales.Domain.Customers;
using AfterSales.Domain.PartsOrders;
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
        builder.Property(receivable => receivable.OrderNumber).HasMaxLength(20);

        // PR-2: owed for a work order's balance or for a parts-only order taken on account, never both, never neither.
        builder.ToTable(table => table.HasCheckConstraint(
            "ck_receivables_one_order", "(work_order_id IS NULL) <> (parts_order_id IS NULL)"));
        builder.Ignore(receivable => receivable.Deducted);

        // WO-12 (r2): the amounts taken from pay, read with the receivable since settling it depends on them.
        builder.HasMany(receivable => receivable.Deductions).WithOne().HasForeignKey("ReceivableId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(receivable => receivable.Deductions).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasOne<WorkOrder>().WithMany().HasForeignKey(receivable => receivable.WorkOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartsOrder>().WithMany().HasForeignKey(receivable => receivable.PartsOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(receivable => receivable.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Technician>().WithMany().HasForeignKey(receivable => receivable.TechnicianId).OnDelete(DeleteBehavior.Restrict);

        // At most one unsettled receivable per order (the reactions look it up by order); settled ones are history.
        builder.HasIndex(receivable => receivable.WorkOrderId)
            .IsUnique()
            .HasFilter("settled_on IS NULL")
            .HasDatabaseName(UniqueConstraints.UnsettledReceivable);
        builder.HasIndex(receivable => receivable.PartsOrderId)
            .IsUnique()
            .HasFilter("settled_on IS NULL AND parts_order_id IS NOT NULL")
            .HasDatabaseName(UniqueConstraints.UnsettledPartsOrderReceivable);

        // The overdue list (WO-12) is "unsettled, opened on or before a cut-off day", oldest first.
        builder.HasIndex(receivable => receivable.OpenedOn).HasFilter("settled_on IS NULL").HasDatabaseName("ix_receivables_unsettled_opened_on");

        // One technician's receivables (the list filter, and HC-2's handover items), oldest first.
        builder.HasIndex(receivable => new { receivable.TechnicianId, receivable.OpenedOn });
    }
}

internal sealed class SalaryDeductionConfiguration : IEntityTypeConfiguration<SalaryDeduction>
{
    public void Configure(EntityTypeBuilder<SalaryDeduction> builder)
    {
        builder.ToTable("salary_deductions");
        builder.HasKey(deduction => deduction.Id);
        builder.Property(deduction => deduction.Id).ValueGeneratedNever();
        builder.Property(deduction => deduction.RecordedBy).HasMaxLength(100);
    }
}
