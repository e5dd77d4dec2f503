using System.Linq.Expressions;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Files;
using AfterSales.Domain.Inquiries;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.HasKey(order => order.Id);
        builder.Property(order => order.Id).ValueGeneratedNever();
        builder.Property(order => order.Version).IsRowVersion();
        builder.Ignore(order => order.DomainEvents);
        builder.Ignore(order => order.IsOpen);
        builder.Ignore(order => order.Fee);
        builder.Ignore(order => order.Paid);
        builder.Ignore(order => order.Balance);
        builder.Ignore(order => order.DepositsHeld);
        builder.Ignore(order => order.Refunded);

        // WO-11 (r2), WO-12: Finance's list of refunds owed reads exactly these rows.
        builder.HasIndex(order => order.RefundOwed, "ix_work_orders_refund_owed").HasFilter("refund_owed > 0");
        builder.Ignore(order => order.Quote);
        builder.Ignore(order => order.PartCoverage);
        builder.Ignore(order => order.OutstandingOldParts);

        // Byte order, whatever the database's locale: the list's number-prefix filter is a range on this index (WO-1 r2).
        builder.Property(order => order.Number).HasMaxLength(20).UseCollation("C");
        builder.HasIndex(order => order.Number).IsUnique().HasDatabaseName(UniqueConstraints.WorkOrderNumber);
        builder.Property(order => order.ProblemDescription).HasMaxLength(4000);
        builder.Property(order => order.MethodNote).HasMaxLength(1000);
        builder.Property(order => order.ContactNote).HasMaxLength(1000);
        builder.Property(order => order.ResolutionSummary).HasMaxLength(4000);
        builder.Property(order => order.CancelReason).HasMaxLength(500);
        builder.Property(order => order.LastReopenReason).HasMaxLength(500);
        builder.Property(order => order.Team).HasMaxLength(50);

        builder.HasOne<Customer>().WithMany().HasForeignKey(order => order.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Equipment>().WithMany().HasForeignKey(order => order.EquipmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Technician>().WithMany().HasForeignKey(order => order.TechnicianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Inquiry>().WithMany().HasForeignKey(order => order.InquiryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(order => order.InquiryId).HasFilter("inquiry_id IS NOT NULL");

        // The list (newest first, by status), a technician's own list, and the dispatch queue (WO-3).
        builder.HasIndex(order => new { order.Status, order.ReceivedAt }).IsDescending(false, true);
        builder.HasIndex(order => new { order.TechnicianId, order.Status, order.ReceivedAt }).IsDescending(false, false, true);
        builder.HasIndex(order => order.ReceivedAt).IsDescending();
        // WO-1 (r2): the list's filters, each an equality ahead of the list's own order, so a page reads its rows in order.
        builder.HasIndex(order => new { order.CustomerId, order.ReceivedAt, order.Number }).IsDescending(false, true, true);
        builder.HasIndex(order => new { order.Zone, order.Priority, order.ReceivedAt, order.Number }).IsDescending(false, false, true, true);
        builder.HasIndex(order => new { order.Priority, order.ReceivedAt, order.Number }).IsDescending(false, true, true);
        builder.HasIndex(order => new { order.Team, order.ReceivedAt, order.Number }).IsDescending(false, true, true);
        builder.HasIndex(order => order.EquipmentId);

        builder.OwnsOne(order => order.Appointment, appointment =>
        {
            // WO-20 (r2): the visits not yet reconfirmed, for the list of those about to open.
            appointment.HasIndex(a => a.Start).HasFilter("status = 'Scheduled' AND appointment_reconfirmed_at IS NULL");
        });
        builder.OwnsOne(order => order.SignOff, signOff =>
        {
            signOff.Property(s => s.Name).HasMaxLength(100);

            // who may download a signature is decided by the order that holds it.
            signOff.HasIndex(s => s.SignatureFileId).HasFilter("sign_off_signature_file_id IS NOT NULL");
        });
        builder.OwnsOne(order => order.Workshop, workshop =>
        {
            workshop.Ignore(w => w.IsReturned);
            workshop.Property(w => w.ReceiptNumber).HasMaxLength(50);
            workshop.Property(w => w.Condition).HasMaxLength(1000);
            workshop.Property(w => w.AccessoriesLeftWithCustomer).HasMaxLength(500);
            workshop.Property(w => w.ReturnSignedBy).HasMaxLength(100);
            workshop.Property(w => w.InspectionNote).HasMaxLength(1000);
            workshop.Property(w => w.InspectedBy).HasMaxLength(100);

            // WO-10 (r2): the items in the workshop, for the list of those kept past their promised return.
            workshop.HasIndex(w => w.PromisedReturnOn).HasFilter("workshop_taken_at IS NOT NULL AND workshop_returned_at IS NULL");
        });

        Children(builder, order => order.Assignments);
        // The clocks are values of the order, saved with its row; their standing is kept in plain columns for the
        // sweeper and the at-risk and breached lists, which would otherwise read every order's clocks.
        // Mapped through the field: the order hands out its clocks read-only, and EF Core wants a list it can fill.
        builder.Ignore(order => order.Clocks);
        builder.ComplexCollection<List<SlaClock>, SlaClock>(WorkOrder.ClocksField, clocks =>
        {
            clocks.ToJson("clocks");
            clocks.Ignore(clock => clock.NextJudgement);
            clocks.Ignore(clock => clock.IsRunning);
        });
        builder.HasIndex(order => order.NextClockDeadline).HasFilter("next_clock_deadline IS NOT NULL");
        // Named, so that the breached and overdue lists (WO-8, WO-17) each keep a partial index on the same columns.
        builder.HasIndex(order => new { order.ReceivedAt, order.Number }, "ix_work_orders_breached")
            .IsDescending()
            .HasFilter("worst_clock_state = 'Breached'")
            .HasDatabaseName("ix_work_orders_breached");
        builder.HasIndex(order => new { order.ReceivedAt, order.Number }, "ix_work_orders_overdue")
            .IsDescending()
            .HasFilter("worst_clock_state = 'Overdue'")
            .HasDatabaseName("ix_work_orders_overdue");
        Children(builder, order => order.TimeEntries);
        Children(builder, order => order.FieldSteps);
        Children(builder, order => order.Photos);
        Children(builder, order => order.FollowUps);
        Children(builder, order => order.Resolutions);
        Children(builder, order => order.Parts);
        Children(builder, order => order.Payments);
        Children(builder, order => order.Refunds);
        Children(builder, order => order.Quotes);

        // WO-18: the Manager's daily list finds orders past their promise by index.
        Children(builder, order => order.Promises);
        builder.HasIndex(order => order.PromisedResolutionAt).HasFilter("promised_resolution_at IS NOT NULL");

        // WO-19: the sales manager's list of late forwards, a few among all orders.
        builder.HasIndex(order => order.ReceivedAt, "ix_work_orders_forwarded_late")
            .IsDescending()
            .HasFilter("forwarded_late")
            .HasDatabaseName("ix_work_orders_forwarded_late");
        Children(builder, order => order.VisitMoves);
    }

    private static void Children<TChild>(EntityTypeBuilder<WorkOrder> builder, Expression<Func<WorkOrder, IEnumerable<TChild>?>> navigation)
        where TChild : class
    {
        builder.HasMany(navigation).WithOne().HasForeignKey("WorkOrderId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("work_order_assignments");
        builder.Property(assignment => assignment.Id).ValueGeneratedNever();
        builder.Property(assignment => assignment.AssignedBy).HasMaxLength(100);
        builder.Property(assignment => assignment.Reason).HasMaxLength(500);

        // AS-1: the orders assigned to a technician in a month.
        builder.HasIndex(assignment => new { assignment.TechnicianId, assignment.AssignedAt });
    }
}

internal sealed class ResolutionConfiguration : IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<Resolution> builder)
    {
        builder.ToTable("work_order_resolutions");
        builder.Property(resolution => resolution.Id).ValueGeneratedNever();
        builder.HasOne<Technician>().WithMany().HasForeignKey(resolution => resolution.TechnicianId).OnDelete(DeleteBehavior.Restrict);

        // AS-1: a technician's resolutions in a month (resolution rate and quality).
        builder.HasIndex(resolution => new { resolution.TechnicianId, resolution.ResolvedAt });
    }
}

/// <summary>WO-18: each resolution time promised to the customer; the no-promise list asks whether one was recorded by a day's end.</summary>
internal sealed class ResolutionPromiseConfiguration : IEntityTypeConfiguration<ResolutionPromise>
{
    public void Configure(EntityTypeBuilder<ResolutionPromise> builder)
    {
        builder.ToTable("work_order_promises");
        builder.Property(promise => promise.Id).ValueGeneratedNever();
        builder.Property(promise => promise.Note).HasMaxLength(500);
        builder.Property(promise => promise.RecordedBy).HasMaxLength(100);
        builder.HasIndex("WorkOrderId", nameof(ResolutionPromise.RecordedAt));
    }
}

internal sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntry>
{
    public void Configure(EntityTypeBuilder<TimeEntry> builder)
    {
        builder.ToTable("time_entries");
        builder.Property(entry => entry.Id).ValueGeneratedNever();
        builder.HasIndex(entry => new { entry.TechnicianId, entry.StartedAt });

        // The daily report (WO-14) reads one day of every technician's entries.
        builder.HasIndex(entry => entry.StartedAt);
        builder.HasOne<Technician>().WithMany().HasForeignKey(entry => entry.TechnicianId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>WO-16: a technician's step, its field time beside the time it reached the server.</summary>
internal sealed class FieldStepConfiguration : IEntityTypeConfiguration<FieldStep>
{
    public void Configure(EntityTypeBuilder<FieldStep> builder)
    {
        builder.ToTable("work_order_field_steps");
        builder.Property(step => step.Id).ValueGeneratedNever();
        builder.HasIndex("WorkOrderId", nameof(FieldStep.Sequence)).IsUnique().HasDatabaseName(UniqueConstraints.FieldStepSequence);
    }
}

internal sealed class PhotoConfiguration : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> builder)
    {
        builder.ToTable("work_order_photos");
        builder.Property(photo => photo.Id).ValueGeneratedNever();
        // a file is attached to an order once, however often the request is retried (the order finds it first; this
        // settles two retries racing).
        builder.HasIndex("WorkOrderId", nameof(Photo.FileId)).IsUnique().HasDatabaseName(UniqueConstraints.PhotoFile);
        builder.HasOne<FileUpload>().WithMany().HasForeignKey(photo => photo.FileId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(photo => photo.Caption).HasMaxLength(200);
        builder.Property(photo => photo.AddedBy).HasMaxLength(100);
    }
}

/// <summary>WO-20 (r2): the history of a visit's windows.</summary>
internal sealed class VisitMoveConfiguration : IEntityTypeConfiguration<VisitMove>
{
    public void Configure(EntityTypeBuilder<VisitMove> builder)
    {
        builder.ToTable("work_order_visit_moves");
        builder.Property(move => move.Id).ValueGeneratedNever();
        builder.Property(move => move.Reason).HasMaxLength(500);

        // The team lead's list of visits moved with the customer told late.
        builder.HasIndex(move => move.MovedAt).HasFilter("told_late");
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.ToTable("follow_ups");
        builder.Property(followUp => followUp.Id).ValueGeneratedNever();
        builder.Property(followUp => followUp.Comments).HasMaxLength(2000);
        builder.Property(followUp => followUp.RecordedBy).HasMaxLength(100);
        builder.OwnsOne(followUp => followUp.Survey);
        builder.Navigation(followUp => followUp.Survey).IsRequired();
        builder.HasIndex(followUp => followUp.RecordedAt);
    }
}
