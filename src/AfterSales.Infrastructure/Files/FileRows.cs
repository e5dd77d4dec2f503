namespace AfterSales.Infrastructure.Files;

/// <summary>A chunk of an upload in progress, kept as it arrived until the file is complete (<see cref="PostgresFileStore"/>).</summary>
internal sealed class FileUploadPart
{
    public Guid UploadId { get; init; }

    public long Offset { get; init; }

    public required byte[] Bytes { get; init; }
}

/// <summary>A complete file's bytes, once, under their SHA-256 (<see cref="PostgresFileStore"/>).</summary>
internal sealed class FileContent
{
    public required string Sha256 { get; init; }

    public long Length { get; init; }

    public required byte[] Bytes { get; init; }
}
