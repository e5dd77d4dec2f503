using System.Linq.Expressions;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Inquiries;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.HasKey(complaint => complaint.Id);
        builder.Property(complaint => complaint.Id).ValueGeneratedNever();
        builder.Property(complaint => complaint.Version).IsRowVersion();
        builder.Ignore(complaint => complaint.DomainEvents);
        builder.Ignore(complaint => complaint.IsVerified);
        builder.Ignore(complaint => complaint.IsOverturned);
        builder.Ignore(complaint => complaint.StandsAgainstTechnician);
        builder.Ignore(complaint => complaint.PenaltyFactors);
        builder.Ignore(complaint => complaint.PenaltyMultiplier);
        builder.Ignore(complaint => complaint.Penalty);
        builder.Ignore(complaint => complaint.DeductionPoints);

        builder.Property(complaint => complaint.Number).HasMaxLength(20);
        builder.HasIndex(complaint => complaint.Number).IsUnique().HasDatabaseName(UniqueConstraints.ComplaintNumber);
        builder.Property(complaint => complaint.Description).HasMaxLength(Complaint.DescriptionMaxLength);
        builder.Property(complaint => complaint.RegisteredBy).HasMaxLength(100);

        builder.HasOne<Customer>().WithMany().HasForeignKey(complaint => complaint.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkOrder>().WithMany().HasForeignKey(complaint => complaint.WorkOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Equipment>().WithMany().HasForeignKey(complaint => complaint.EquipmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Technician>().WithMany().HasForeignKey(complaint => complaint.TechnicianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Technician>().WithMany().HasForeignKey(complaint => complaint.ResponsibleTechnicianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Inquiry>().WithMany().HasForeignKey(complaint => complaint.InquiryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(complaint => complaint.InquiryId).HasFilter("inquiry_id IS NOT NULL");

        // The list (newest first, by status), a technician's own complaints, CP-5's earlier complaints of a
        // customer, and CP-7's count per responsible technician and category.
        builder.HasIndex(complaint => complaint.RegisteredAt).IsDescending();
        builder.HasIndex(complaint => new { complaint.Status, complaint.RegisteredAt }).IsDescending(false, true);
        builder.HasIndex(complaint => complaint.TechnicianId);
        builder.HasIndex(complaint => new { complaint.ResponsibleTechnicianId, complaint.Category });
        builder.HasIndex(complaint => new { complaint.CustomerId, complaint.RegisteredOn });

        // CP-9's list: open complaints by their last update, longest silent first.
        builder.HasIndex(complaint => complaint.LastUpdateAt)
            .HasFilter("status IN ('Received', 'Investigating', 'Verified')")
            .HasDatabaseName("ix_complaints_open_last_update_at");

        builder.OwnsOne(complaint => complaint.Escalation, escalation =>
        {
            escalation.Property(e => e.DirectorName).HasMaxLength(100);
            escalation.Property(e => e.Note).HasMaxLength(Complaint.NoteMaxLength);
            escalation.Property(e => e.EscalatedBy).HasMaxLength(100);
        });
        builder.OwnsOne(complaint => complaint.Verification, verification =>
        {
            verification.Property(v => v.Findings).HasMaxLength(Complaint.FindingsMaxLength);
            verification.Property(v => v.DecidedBy).HasMaxLength(100);
        });
        builder.OwnsOne(complaint => complaint.CustomerNotification, notification =>
        {
            notification.Property(n => n.Note).HasMaxLength(Complaint.NoteMaxLength);
            notification.Property(n => n.NotifiedBy).HasMaxLength(100);
            notification.Property(n => n.LetterReference).HasMaxLength(CustomerNotification.LetterReferenceMaxLength);
            notification.Ignore(n => n.InWriting);
        });

        Children(builder, complaint => complaint.Appeals);
        Children(builder, complaint => complaint.FollowUps);
        Children(builder, complaint => complaint.CustomerContacts);
        Children(builder, complaint => complaint.ProgressUpdates);
    }

    private static void Children<TChild>(EntityTypeBuilder<Complaint> builder, Expression<Func<Complaint, IEnumerable<TChild>?>> navigation)
        where TChild : class
    {
        builder.HasMany(navigation).WithOne().HasForeignKey("ComplaintId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> builder)
    {
        builder.ToTable("complaint_appeals");
        builder.Property(appeal => appeal.Id).ValueGeneratedNever();
        builder.Ignore(appeal => appeal.IsPending);
        builder.Property(appeal => appeal.Reason).HasMaxLength(Complaint.NoteMaxLength);
        builder.Property(appeal => appeal.FiledBy).HasMaxLength(100);
        builder.Property(appeal => appeal.DecisionNote).HasMaxLength(Complaint.NoteMaxLength);
        builder.Property(appeal => appeal.DecidedBy).HasMaxLength(100);
        builder.HasIndex("ComplaintId", nameof(Appeal.Round)).IsUnique();

        // CP-8's list of overdue decisions looks for undecided appeals by their decision day.
        builder.HasIndex(appeal => appeal.DecideBy).HasFilter("decided_at IS NULL").HasDatabaseName("ix_complaint_appeals_undecided_decide_by");
    }
}

internal sealed class ComplaintFollowUpConfiguration : IEntityTypeConfiguration<ComplaintFollowUp>
{
    public void Configure(EntityTypeBuilder<ComplaintFollowUp> builder)
    {
        builder.ToTable("complaint_follow_ups");
        builder.Property(followUp => followUp.Id).ValueGeneratedNever();
        builder.Property(followUp => followUp.Note).HasMaxLength(Complaint.NoteMaxLength);
        builder.Property(followUp => followUp.RecordedBy).HasMaxLength(100);
    }
}

internal sealed class ComplaintReviewFlagConfiguration : IEntityTypeConfiguration<ComplaintReviewFlag>
{
    public void Configure(EntityTypeBuilder<ComplaintReviewFlag> builder)
    {
        builder.ToTable("complaint_review_flags");
        builder.HasKey(flag => flag.Id);
        builder.Property(flag => flag.Id).ValueGeneratedNever();
        builder.Ignore(flag => flag.IsActive);
        builder.Ignore(flag => flag.Period);

        // CP-7: one flag per technician, quarter and category; a withdrawn one is reinstated rather than repeated.
        builder.HasIndex("TechnicianId", nameof(ComplaintReviewFlag.Year), nameof(ComplaintReviewFlag.Quarter), nameof(ComplaintReviewFlag.Category))
            .IsUnique()
            .HasDatabaseName(UniqueConstraints.ComplaintReviewFlag);
    }
}

internal sealed class ComplaintCustomerContactConfiguration : IEntityTypeConfiguration<ComplaintCustomerContact>
{
    public void Configure(EntityTypeBuilder<ComplaintCustomerContact> builder)
    {
        builder.ToTable("complaint_customer_contacts");
        builder.Property(contact => contact.Id).ValueGeneratedNever();
        builder.Property(contact => contact.By).HasMaxLength(100);
        builder.Property(contact => contact.Note).HasMaxLength(Complaint.NoteMaxLength);
        builder.Property(contact => contact.RecordedBy).HasMaxLength(100);
    }
}

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.ToTable("complaint_progress_updates");
        builder.Property(update => update.Id).ValueGeneratedNever();
        builder.Property(update => update.Note).HasMaxLength(Complaint.NoteMaxLength);
        builder.Property(update => update.RecordedBy).HasMaxLength(100);
    }
}
