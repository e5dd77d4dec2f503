using AfterSales.Domain.Technicians;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class TechnicianConfiguration : IEntityTypeConfiguration<Technician>
{
    public void Configure(EntityTypeBuilder<Technician> builder)
    {
        builder.HasKey(technician => technician.Id);
        builder.Property(technician => technician.Id).ValueGeneratedNever();
        builder.Property(technician => technician.Version).IsRowVersion();
        builder.Ignore(technician => technician.DomainEvents);

        builder.Property(technician => technician.EmployeeNumber).HasMaxLength(20).UseCollation(Collations.CaseInsensitive);
        builder.HasIndex(technician => technician.EmployeeNumber).IsUnique().HasDatabaseName(UniqueConstraints.EmployeeNumber);
        builder.Property(technician => technician.Name).HasMaxLength(100);
        builder.Property(technician => technician.Phone).HasMaxLength(30);
        builder.Property(technician => technician.Team).HasMaxLength(50);
        builder.HasIndex(technician => new { technician.Status, technician.Team });
        builder.HasOne<Technician>().WithMany().HasForeignKey(technician => technician.SupervisorId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(technician => technician.Property).WithOne().HasForeignKey("TechnicianId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(technician => technician.Property).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(technician => technician.Discipline).WithOne().HasForeignKey("TechnicianId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(technician => technician.Discipline).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(technician => technician.ComplaintReviewFlags).WithOne().HasForeignKey("TechnicianId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(technician => technician.ComplaintReviewFlags).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class PropertyItemConfiguration : IEntityTypeConfiguration<PropertyItem>
{
    public void Configure(EntityTypeBuilder<PropertyItem> builder)
    {
        builder.ToTable("property_items");
        builder.HasKey(item => item.Id);
        builder.Property(item => item.Id).ValueGeneratedNever();
        builder.Property(item => item.Description).HasMaxLength(200);
        builder.Property(item => item.AssetTag).HasMaxLength(50).UseCollation(Collations.CaseInsensitive);
        builder.Ignore(item => item.IsOutstanding);
        builder.HasIndex(item => item.AssetTag)
            .IsUnique()
            .HasFilter("returned_on IS NULL AND lost_on IS NULL")
            .HasDatabaseName(UniqueConstraints.OutstandingAssetTag);
    }
}

internal sealed class DisciplineRecordConfiguration : IEntityTypeConfiguration<DisciplineRecord>
{
    public void Configure(EntityTypeBuilder<DisciplineRecord> builder)
    {
        builder.ToTable("discipline_records");
        builder.HasKey(record => record.Id);
        builder.Property(record => record.Id).ValueGeneratedNever();
        builder.Property(record => record.Note).HasMaxLength(1000);
        builder.Property(record => record.RecordedBy).HasMaxLength(100);
        builder.HasIndex("TechnicianId", nameof(DisciplineRecord.OccurredOn));
    }
}
