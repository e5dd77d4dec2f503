using AfterSales.Domain.Customers;
using AfterSales.Domain.PartsOrders;
using AfterSales.Domain.Technicians;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class PartsOrderConfiguration : IEntityTypeConfiguration<PartsOrder>
{
    public void Configure(EntityTypeBuilder<PartsOrder> builder)
    {
        builder.ToTable("parts_orders");
        builder.HasKey(order => order.Id);
        builder.Property(order => order.Id).ValueGeneratedNever();
        builder.Property(order => order.Version).IsRowVersion();
        builder.Ignore(order => order.DomainEvents);
        builder.Ignore(order => order.Lines);
        builder.Ignore(order => order.Outstanding);

        builder.Property(order => order.Number).HasMaxLength(20);
        builder.HasIndex(order => order.Number).IsUnique().HasDatabaseName(UniqueConstraints.PartsOrderNumber);
        builder.Property(order => order.ShippingAddress).HasMaxLength(PartsOrder.AddressMaxLength);
        builder.Property(order => order.Note).HasMaxLength(PartsOrder.NoteMaxLength);
        builder.Property(order => order.RegisteredBy).HasMaxLength(100);
        builder.Property(order => order.PaymentReference).HasMaxLength(PartsOrder.ReferenceMaxLength);
        builder.Property(order => order.PaymentRecordedBy).HasMaxLength(100);
        builder.Property(order => order.PaymentConfirmedBy).HasMaxLength(100);
        builder.Property(order => order.CancelReason).HasMaxLength(PartsOrder.ReasonMaxLength);

        builder.HasOne<Customer>().WithMany().HasForeignKey(order => order.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Technician>().WithMany().HasForeignKey(order => order.OnAccountTechnicianId).OnDelete(DeleteBehavior.Restrict);

        // The list, newest first, by status and by customer.
        builder.HasIndex(order => new { order.Status, order.RegisteredAt }).IsDescending(false, true);
        builder.HasIndex(order => new { order.CustomerId, order.RegisteredAt }).IsDescending(false, true);
        builder.HasIndex(order => order.RegisteredAt).IsDescending();

        // As a work order's (WO-8): the confirmation clock is a value of the order, its next deadline kept in a plain
        // column so the sweeper and the late list find orders through an index. One clock, not a collection: EF Core 10
        // mixes up the entries of two complex collections on one type (the audit trail reads them), and the lines are one.
        builder.ComplexProperty(order => order.PaymentConfirmation, clock =>
        {
            clock.Ignore(c => c.NextJudgement);
            clock.Ignore(c => c.IsRunning);
        });

        // The lines are values of the order, read and written with it.
        builder.ComplexCollection<List<PartsOrderLine>, PartsOrderLine>(PartsOrder.LinesField, lines =>
        {
            lines.ToJson("lines");
            lines.Ignore(line => line.LineTotal);
        });

        builder.HasIndex(order => order.NextClockDeadline).HasFilter("next_clock_deadline IS NOT NULL");
        builder.HasIndex(order => order.RegisteredAt, "ix_parts_orders_confirmed_late")
            .IsDescending()
            .HasFilter("confirmed_late")
            .HasDatabaseName("ix_parts_orders_confirmed_late");
    }
}
