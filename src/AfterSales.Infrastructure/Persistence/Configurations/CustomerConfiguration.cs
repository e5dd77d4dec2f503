using AfterSales.Domain.Customers;
using AfterSales.Domain.Technicians;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.HasKey(customer => customer.Id);
        builder.Property(customer => customer.Id).ValueGeneratedNever();
        builder.Property(customer => customer.Version).IsRowVersion();
        builder.Ignore(customer => customer.DomainEvents);

        builder.Property(customer => customer.Name).HasMaxLength(200);
        builder.Property(customer => customer.Phone).HasMaxLength(30);
        builder.Property(customer => customer.Address).HasMaxLength(500);
        builder.HasIndex(customer => customer.Name);
        builder.HasIndex(customer => customer.ResponsibleTechnicianId);
        builder.HasOne<Technician>().WithMany().HasForeignKey(customer => customer.ResponsibleTechnicianId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(customer => customer.Equipment).WithOne().HasForeignKey(equipment => equipment.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(customer => customer.Equipment).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        // Not included: loading the card with its whole contact log multiplied every machine's row by every visit.
        builder.HasMany(customer => customer.NewContacts).WithOne().HasForeignKey(contact => contact.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(customer => customer.NewContacts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class EquipmentConfiguration : IEntityTypeConfiguration<Equipment>
{
    public void Configure(EntityTypeBuilder<Equipment> builder)
    {
        builder.ToTable("equipment");
        builder.HasKey(equipment => equipment.Id);
        builder.Property(equipment => equipment.Id).ValueGeneratedNever();
        builder.Property(equipment => equipment.Model).HasMaxLength(100).UseCollation(Collations.CaseInsensitive);
        builder.Property(equipment => equipment.SerialNumber).HasMaxLength(100).UseCollation(Collations.CaseInsensitive);
        builder.HasIndex(equipment => new { equipment.Model, equipment.SerialNumber }).IsUnique().HasDatabaseName(UniqueConstraints.EquipmentSerial);
        builder.HasIndex(equipment => equipment.WarrantyEndsOn);
        builder.HasIndex(equipment => equipment.ContractEndsOn);

        // RX-4: the return rate counts a month's deliveries per model.
        builder.HasIndex(equipment => new { equipment.DeliveryDate, equipment.Model });
    }
}

internal sealed class ContactRecordConfiguration : IEntityTypeConfiguration<ContactRecord>
{
    public void Configure(EntityTypeBuilder<ContactRecord> builder)
    {
        builder.ToTable("contact_records");
        builder.HasKey(contact => contact.Id);
        builder.Property(contact => contact.Id).ValueGeneratedNever();
        builder.Property(contact => contact.Note).HasMaxLength(1000);
        builder.Property(contact => contact.RecordedBy).HasMaxLength(100);
        builder.Property(contact => contact.ProductQualityFeedback).HasMaxLength(ContactFindings.MaxLength);
        builder.Property(contact => contact.CustomerNeeds).HasMaxLength(ContactFindings.MaxLength);
        builder.Property(contact => contact.CompetitorNews).HasMaxLength(ContactFindings.MaxLength);
        builder.Property(contact => contact.CreditStanding).HasMaxLength(ContactFindings.MaxLength);
        builder.Property(contact => contact.NewProductInterest).HasMaxLength(ContactFindings.MaxLength);

        // The contact-log report (CU-5) reads a period of days.
        builder.HasIndex(contact => contact.ContactedOn);
    }
}
