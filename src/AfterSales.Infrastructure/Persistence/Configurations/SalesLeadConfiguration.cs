using AfterSales.Domain.Customers;
using AfterSales.Domain.SalesLeads;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class SalesLeadConfiguration : IEntityTypeConfiguration<SalesLead>
{
    public void Configure(EntityTypeBuilder<SalesLead> builder)
    {
        builder.HasKey(lead => lead.Id);
        builder.Property(lead => lead.Id).ValueGeneratedNever();
        builder.Property(lead => lead.Version).IsRowVersion();
        builder.Ignore(lead => lead.DomainEvents);

        builder.Property(lead => lead.Model).HasMaxLength(SalesLead.ModelMaxLength);
        builder.Property(lead => lead.Note).HasMaxLength(SalesLead.NoteMaxLength);
        builder.Property(lead => lead.RecordedBy).HasMaxLength(100);
        builder.Property(lead => lead.StatusChangedBy).HasMaxLength(100);

        builder.HasOne<Customer>().WithMany().HasForeignKey(lead => lead.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Technician>().WithMany().HasForeignKey(lead => lead.TechnicianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkOrder>().WithMany().HasForeignKey(lead => lead.WorkOrderId).OnDelete(DeleteBehavior.Restrict);

        // The sales list: newest first, unfiltered, by status, or by customer (WO-15).
        builder.HasIndex(lead => lead.RecordedAt).IsDescending();
        builder.HasIndex(lead => new { lead.Status, lead.RecordedAt }).IsDescending(false, true);
        builder.HasIndex(lead => new { lead.CustomerId, lead.RecordedAt }).IsDescending(false, true);
    }
}
