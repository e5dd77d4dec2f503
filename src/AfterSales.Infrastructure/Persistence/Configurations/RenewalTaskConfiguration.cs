using AfterSales.Domain.Customers;
using AfterSales.Domain.Renewals;
using AfterSales.Domain.Technicians;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class RenewalTaskConfiguration : IEntityTypeConfiguration<RenewalTask>
{
    public void Configure(EntityTypeBuilder<RenewalTask> builder)
    {
        builder.HasKey(task => task.Id);
        builder.Property(task => task.Id).ValueGeneratedNever();
        builder.Property(task => task.Version).IsRowVersion();
        builder.Ignore(task => task.DomainEvents);

        builder.Property(task => task.OutcomeNote).HasMaxLength(RenewalTask.NoteMaxLength);
        builder.Property(task => task.OutcomeBy).HasMaxLength(100);

        builder.HasOne<Customer>().WithMany().HasForeignKey(task => task.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Equipment>().WithMany().HasForeignKey(task => task.EquipmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Technician>().WithMany().HasForeignKey(task => task.TechnicianId).OnDelete(DeleteBehavior.Restrict);

        // CU-3: one task per contract end date, however many API instances open tasks at once.
        builder.HasIndex(task => new { task.EquipmentId, task.ContractEndsOn }).IsUnique().HasDatabaseName(UniqueConstraints.RenewalTaskOfContract);

        // The list: soonest-ending first, by status, or a technician's own.
        builder.HasIndex(task => new { task.Status, task.ContractEndsOn });
        builder.HasIndex(task => new { task.TechnicianId, task.ContractEndsOn });
    }
}
