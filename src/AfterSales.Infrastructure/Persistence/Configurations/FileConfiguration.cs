using AfterSales.Domain.Files;
using AfterSales.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class FileUploadConfiguration : IEntityTypeConfiguration<FileUpload>
{
    public void Configure(EntityTypeBuilder<FileUpload> builder)
    {
        builder.HasKey(upload => upload.Id);
        builder.Property(upload => upload.Id).ValueGeneratedNever();
        builder.Property(upload => upload.Version).IsRowVersion();
        builder.Ignore(upload => upload.DomainEvents);
        builder.Ignore(upload => upload.IsFullyReceived);
        builder.Property(upload => upload.FileName).HasMaxLength(255);
        builder.Property(upload => upload.DeclaredContentType).HasMaxLength(100);
        builder.Property(upload => upload.ContentType).HasMaxLength(100);
        builder.Property(upload => upload.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(upload => upload.UploadedBy).HasMaxLength(100);
    }
}

internal sealed class FileUploadPartConfiguration : IEntityTypeConfiguration<FileUploadPart>
{
    public void Configure(EntityTypeBuilder<FileUploadPart> builder)
    {
        builder.ToTable("file_upload_parts");
        builder.HasKey(part => new { part.UploadId, part.Offset });
        builder.HasOne<FileUpload>().WithMany().HasForeignKey(part => part.UploadId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FileContentConfiguration : IEntityTypeConfiguration<FileContent>
{
    public void Configure(EntityTypeBuilder<FileContent> builder)
    {
        builder.ToTable("file_contents");
        builder.HasKey(content => content.Sha256);
        builder.Property(content => content.Sha256).HasMaxLength(64).IsFixedLength();
    }
}
