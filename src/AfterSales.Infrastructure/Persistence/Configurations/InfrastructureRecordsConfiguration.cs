using AfterSales.Application.Audit;
using AfterSales.Application.Common.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).ValueGeneratedNever();
        builder.Property(entry => entry.Command).HasMaxLength(100);
        builder.Property(entry => entry.CorrelationId).HasMaxLength(100);
        builder.Property(entry => entry.ChangedBy).HasMaxLength(100);
        builder.Property(entry => entry.Changes).HasColumnType("jsonb");

        // GET /audit?entityId= finds an entity's commands through the ids each row lists.
        builder.HasIndex(entry => entry.EntityIds).HasMethod("gin");
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(record => new { record.UserName, record.Key }).HasName(UniqueConstraints.IdempotencyKey);
        builder.Property(record => record.Key).HasMaxLength(200);
        builder.Property(record => record.UserName).HasMaxLength(100);
        builder.Property(record => record.Fingerprint).HasMaxLength(64);
        builder.Property(record => record.ResponseContentType).HasMaxLength(200);
        builder.Property(record => record.ResponseLocation).HasMaxLength(500);
        builder.Ignore(record => record.HasResponse);
        builder.HasIndex(record => record.CreatedAt);
    }
}
