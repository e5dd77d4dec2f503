using AfterSales.Domain.Handovers;
using AfterSales.Domain.Technicians;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class HandoverChecklistConfiguration : IEntityTypeConfiguration<HandoverChecklist>
{
    public void Configure(EntityTypeBuilder<HandoverChecklist> builder)
    {
        builder.HasKey(checklist => checklist.Id);
        builder.Property(checklist => checklist.Id).ValueGeneratedNever();
        builder.Property(checklist => checklist.Version).IsRowVersion();
        builder.Ignore(checklist => checklist.DomainEvents);

        builder.Property(checklist => checklist.NewTeam).HasMaxLength(HandoverChecklist.TeamMaxLength);
        builder.Property(checklist => checklist.StartedBy).HasMaxLength(100);
        builder.Property(checklist => checklist.CompletedBy).HasMaxLength(100);
        builder.Property(checklist => checklist.WithdrawnBy).HasMaxLength(100);
        builder.Property(checklist => checklist.WithdrawalReason).HasMaxLength(500);

        builder.HasOne<Technician>().WithMany().HasForeignKey(checklist => checklist.TechnicianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Technician>().WithMany().HasForeignKey(checklist => checklist.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Technician>().WithMany().HasForeignKey(checklist => checklist.SupervisorId).OnDelete(DeleteBehavior.Restrict);

        // HC-1: one open checklist per technician, also between two managers starting one at the same moment.
        builder.HasIndex(checklist => checklist.TechnicianId)
            .IsUnique()
            .HasFilter("status = 'Open'")
            .HasDatabaseName(UniqueConstraints.OpenHandover);

        // The list (HC-6): by status and effective date, the overdue ones being open with a past effective date.
        builder.HasIndex(checklist => new { checklist.Status, checklist.EffectiveDate });

        builder.HasMany(checklist => checklist.Items).WithOne().HasForeignKey("HandoverChecklistId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(checklist => checklist.Items).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(checklist => checklist.SignOffs).WithOne().HasForeignKey("HandoverChecklistId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(checklist => checklist.SignOffs).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class HandoverItemConfiguration : IEntityTypeConfiguration<HandoverItem>
{
    public void Configure(EntityTypeBuilder<HandoverItem> builder)
    {
        builder.ToTable("handover_items");
        builder.Property(item => item.Id).ValueGeneratedNever();
        builder.Property(item => item.Description).HasMaxLength(HandoverItem.DescriptionMaxLength);
        builder.Property(item => item.SystemName).HasMaxLength(HandoverItem.AccountNameMaxLength);
        builder.Property(item => item.UserName).HasMaxLength(HandoverItem.AccountNameMaxLength);
        builder.Property(item => item.Note).HasMaxLength(HandoverItem.NoteMaxLength);
        builder.Property(item => item.EndedBy).HasMaxLength(100);
        builder.Ignore(item => item.IsPending);
        builder.Ignore(item => item.AllowedOutcomes);
        builder.HasOne<Technician>().WithMany().HasForeignKey(item => item.NewTechnicianId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HandoverSignOffConfiguration : IEntityTypeConfiguration<HandoverSignOff>
{
    public void Configure(EntityTypeBuilder<HandoverSignOff> builder)
    {
        builder.ToTable("handover_sign_offs");
        builder.Property(signOff => signOff.Id).ValueGeneratedNever();
        builder.Property(signOff => signOff.By).HasMaxLength(100);

        // HC-5: each party signs once.
        builder.HasIndex("HandoverChecklistId", nameof(HandoverSignOff.Party)).IsUnique().HasDatabaseName(UniqueConstraints.HandoverSignOff);
    }
}
