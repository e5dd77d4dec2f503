using AfterSales.Domain.Customers;
using AfterSales.Domain.Inquiries;
using AfterSales.Domain.ServiceLevels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        builder.HasKey(inquiry => inquiry.Id);
        builder.Property(inquiry => inquiry.Id).ValueGeneratedNever();
        builder.Property(inquiry => inquiry.Version).IsRowVersion();
        builder.Ignore(inquiry => inquiry.DomainEvents);
        builder.Ignore(inquiry => inquiry.FirstResponse);

        builder.Property(inquiry => inquiry.Number).HasMaxLength(20);
        builder.HasIndex(inquiry => inquiry.Number).IsUnique().HasDatabaseName(UniqueConstraints.InquiryNumber);
        builder.Property(inquiry => inquiry.Question).HasMaxLength(Inquiry.QuestionMaxLength);
        builder.Property(inquiry => inquiry.Answer).HasMaxLength(Inquiry.AnswerMaxLength);
        builder.Property(inquiry => inquiry.AnsweredBy).HasMaxLength(100);
        builder.Property(inquiry => inquiry.RegisteredBy).HasMaxLength(100);
        builder.Property(inquiry => inquiry.WorkOrderNumber).HasMaxLength(20);
        builder.Property(inquiry => inquiry.ComplaintNumber).HasMaxLength(20);
        builder.OwnsOne(inquiry => inquiry.Caller, caller =>
        {
            caller.Property(c => c.Name).HasMaxLength(200);
            caller.Property(c => c.Phone).HasMaxLength(30);
        });

        builder.HasOne<Customer>().WithMany().HasForeignKey(inquiry => inquiry.CustomerId).OnDelete(DeleteBehavior.Restrict);

        // The list, newest first, by status; received in a period.
        builder.HasIndex(inquiry => inquiry.ReceivedAt).IsDescending();
        builder.HasIndex(inquiry => new { inquiry.Status, inquiry.ReceivedAt }).IsDescending(false, true);

        builder.HasMany(inquiry => inquiry.Replies).WithOne().HasForeignKey("InquiryId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(inquiry => inquiry.Replies).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        // As a work order's (WO-8): the clock is a value of the inquiry, and its standing is kept in plain columns so
        // the sweeper and the list of late first responses find inquiries through an index.
        builder.ComplexCollection<List<SlaClock>, SlaClock>(Inquiry.ClocksField, clocks =>
        {
            clocks.ToJson("clocks");
            clocks.Ignore(clock => clock.NextJudgement);
            clocks.Ignore(clock => clock.IsRunning);
        });
        builder.HasIndex(inquiry => inquiry.NextClockDeadline).HasFilter("next_clock_deadline IS NOT NULL");
        builder.HasIndex(inquiry => inquiry.ReceivedAt, "ix_inquiries_breached")
            .IsDescending()
            .HasFilter("worst_clock_state = 'Breached'")
            .HasDatabaseName("ix_inquiries_breached");
    }
}

internal sealed class InquiryReplyConfiguration : IEntityTypeConfiguration<InquiryReply>
{
    public void Configure(EntityTypeBuilder<InquiryReply> builder)
    {
        builder.ToTable("inquiry_replies");
        builder.Property(reply => reply.Id).ValueGeneratedNever();
        builder.Property(reply => reply.Note).HasMaxLength(Inquiry.NoteMaxLength);
        builder.Property(reply => reply.RespondedBy).HasMaxLength(100);
    }
}

internal sealed class CollectionRunConfiguration : IEntityTypeConfiguration<CollectionRun>
{
    public void Configure(EntityTypeBuilder<CollectionRun> builder)
    {
        builder.ToTable("inquiry_collection_runs");
        builder.HasKey(run => run.Id);
        builder.Property(run => run.Id).ValueGeneratedNever();
        builder.Property(run => run.Version).IsRowVersion();
        builder.Ignore(run => run.DomainEvents);
        builder.Property(run => run.RecordedBy).HasMaxLength(100);

        // IQ-1: the runs of a period, counted by day.
        builder.HasIndex(run => run.At);
    }
}
