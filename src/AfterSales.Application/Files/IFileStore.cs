namespace AfterSales.Application.Files;

/// <summary>
/// where the bytes of files are kept, in the unit of work's transaction, so an acknowledged chunk is committed
/// with the upload's record. The default store is PostgreSQL; another (an S3-compatible one) would be configured
/// behind this interface.
/// </summary>
public interface IFileStore
{
    /// <summary>Keeps the bytes of upload <paramref name="uploadId"/> that start at <paramref name="offset"/>.</summary>
    Task AppendAsync(Guid uploadId, long offset, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken);

    /// <summary>
    /// Joins the upload's chunks into one file kept under its SHA-256 (once, however many uploads have the same bytes) and
    /// lets the chunks go. Returns the SHA-256 and the file's first bytes, which the upload then checks.
    /// </summary>
    Task<SealedFile> SealAsync(Guid uploadId, CancellationToken cancellationToken);

    /// <summary>The bytes kept under <paramref name="sha256"/>.</summary>
    Task<byte[]> ReadAsync(string sha256, CancellationToken cancellationToken);
}

/// <summary>A file's bytes, joined: their SHA-256 (lower-case hex) and their start, from which the type is told.</summary>
public sealed record SealedFile(string Sha256, byte[] Head);
