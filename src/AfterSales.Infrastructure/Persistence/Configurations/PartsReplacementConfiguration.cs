using AfterSales.Domain.Customers;
using AfterSales.Domain.PartsReplacements;
using AfterSales.Domain.ServiceLevels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class PartsReplacementConfiguration : IEntityTypeConfiguration<PartsReplacementRequest>
{
    public void Configure(EntityTypeBuilder<PartsReplacementRequest> builder)
    {
        builder.ToTable("parts_replacement_requests");
        builder.HasKey(request => request.Id);
        builder.Property(request => request.Id).ValueGeneratedNever();
        builder.Property(request => request.Version).IsRowVersion();
        builder.Ignore(request => request.DomainEvents);
        builder.Ignore(request => request.Response);
        builder.Ignore(request => request.Shipping);
        builder.Ignore(request => request.Clocks);

        builder.Property(request => request.Number).HasMaxLength(20);
        builder.HasIndex(request => request.Number).IsUnique().HasDatabaseName(UniqueConstraints.PartsReplacementNumber);
        builder.ComplexProperty(request => request.Part, part =>
        {
            part.Property(p => p.PartNumber).HasMaxLength(50);
            part.Property(p => p.Name).HasMaxLength(200);
        });
        builder.Property(request => request.Description).HasMaxLength(PartsReplacementRequest.DescriptionMaxLength);
        builder.Property(request => request.RegisteredBy).HasMaxLength(100);
        builder.Property(request => request.ResponsiblePerson).HasMaxLength(100);
        builder.Property(request => request.Plan).HasMaxLength(PartsReplacementRequest.PlanMaxLength);

        builder.HasOne<Customer>().WithMany().HasForeignKey(request => request.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Equipment>().WithMany().HasForeignKey(request => request.EquipmentId).OnDelete(DeleteBehavior.Restrict);

        // The list, newest first, by status.
        builder.HasIndex(request => new { request.Status, request.RequestedAt }).IsDescending(false, true);
        builder.HasIndex(request => request.RequestedAt).IsDescending();

        // As a work order's (WO-8): the clocks are values of the request, their standing kept in plain columns so the
        // sweeper and the at-risk and breached lists find requests through an index.
        builder.ComplexCollection<List<SlaClock>, SlaClock>(PartsReplacementRequest.ClocksField, clocks =>
        {
            clocks.ToJson("clocks");
            clocks.Ignore(clock => clock.NextJudgement);
            clocks.Ignore(clock => clock.IsRunning);
        });
        builder.HasIndex(request => request.NextClockDeadline).HasFilter("next_clock_deadline IS NOT NULL");
        builder.HasIndex(request => request.RequestedAt, "ix_parts_replacement_requests_breached")
            .IsDescending()
            .HasFilter("worst_clock_state = 'Breached'")
            .HasDatabaseName("ix_parts_replacement_requests_breached");
    }
}
