using System.Globalization;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.Files;

/// <summary>
/// a file arriving in chunks, resumable after a broken connection, and once complete a file records refer to by
/// id. The bytes themselves are kept by the file store, addressed by their SHA-256, so the same bytes are stored once.
/// </summary>
public sealed class FileUpload : AggregateRoot
{
    private FileUpload()
        : base(Guid.Empty)
    {
        FileName = null!;
        DeclaredContentType = null!;
        Sha256 = null!;
        UploadedBy = null!;
    }

    private FileUpload(Guid id)
        : base(id)
    {
        FileName = null!;
        DeclaredContentType = null!;
        Sha256 = null!;
        UploadedBy = null!;
    }

    /// <summary>The name the client gave, for the download's <c>Content-Disposition</c>; it decides nothing.</summary>
    public string FileName { get; private set; }

    /// <summary>What the client said the type is; kept for the record, never trusted (the bytes decide).</summary>
    public string DeclaredContentType { get; private set; }

    public long Length { get; private set; }

    /// <summary>The SHA-256 the client declared, lower-case hex; the completed bytes must have it.</summary>
    public string Sha256 { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>How many bytes the server has, from the first: a cut upload resumes from here.</summary>
    public long ReceivedBytes { get; private set; }

    public FileUploadStatus Status { get; private set; }

    /// <summary>The type the bytes show (<see cref="FileSignatures"/>), once complete.</summary>
    public string? ContentType { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public bool IsFullyReceived => ReceivedBytes == Length;

    /// <summary>X-6: an upload of <paramref name="length"/> bytes with the SHA-256 they will have; refused over <paramref name="maxBytes"/>.</summary>
    public static FileUpload Start(string fileName, string declaredContentType, long length, string sha256, long maxBytes, string uploadedBy, TimeProvider clock)
    {
        if (length > maxBytes)
        {
            throw new FileTooLargeException($"A file may have at most {maxBytes} bytes; this one would have {length}.");
        }

        if (length < 1)
        {
            throw new InvalidInputException(nameof(length), "A file has at least one byte.");
        }

        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigit))
        {
            throw new InvalidInputException(nameof(sha256), "sha256 is the file's SHA-256 as 64 hexadecimal digits.");
        }

        return new FileUpload(Guid.CreateVersion7())
        {
            FileName = Require.Text(fileName, 255),
            DeclaredContentType = Require.Text(declaredContentType, 100),
            Length = length,
            Sha256 = sha256.ToLowerInvariant(),
            UploadedBy = Require.Text(uploadedBy, 100),
            StartedAt = clock.GetUtcNow(),
            Status = FileUploadStatus.Uploading,
        };
    }

    /// <summary>
    /// bytes <paramref name="first"/> to <paramref name="last"/> of <paramref name="total"/> have arrived. True when they
    /// are new and go to the store; false when the server has them already (a chunk resent after a lost acknowledgement).
    /// A chunk must start where the received bytes end: the server keeps no gaps, so what it has is always a prefix.
    /// </summary>
    public bool Receive(long first, long last, long total)
    {
        if (last >= Length)
        {
            throw new FileTooLargeException($"Bytes {first}-{last} go beyond the {Length} bytes this upload declared.");
        }

        if (total != Length)
        {
            throw new InvalidInputException("Content-Range", $"This upload has {Length} bytes, not {total}: Content-Range ends in /{Length}.");
        }

        if (last < ReceivedBytes)
        {
            return false;
        }

        if (first != ReceivedBytes)
        {
            throw new BusinessRuleViolationException(
                "X-6", string.Create(CultureInfo.InvariantCulture, $"the server has the first {ReceivedBytes} bytes of this file; send the chunk that starts at byte {ReceivedBytes}"));
        }

        ReceivedBytes = last + 1;
        return true;
    }

    /// <summary>
    /// every byte is in. The bytes' SHA-256 must be the declared one and their first bytes an allowed type;
    /// otherwise nothing becomes a usable file.
    /// </summary>
    public void Complete(string sha256, ReadOnlySpan<byte> head, TimeProvider clock)
    {
        if (!IsFullyReceived)
        {
            throw new InvalidOperationException($"Upload {Id} has {ReceivedBytes} of {Length} bytes.");
        }

        if (!string.Equals(sha256, Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidInputException(
                nameof(sha256), $"The bytes received have SHA-256 {sha256}, not the {Sha256} declared. The last chunk was not kept: resend it, or start a new upload.");
        }

        ContentType = FileSignatures.MediaTypeOf(head)
            ?? throw new UnsupportedFileTypeException("The bytes are not a JPEG, PNG, HEIC, WebP or PDF file, whatever its name says. The last chunk was not kept.");
        Status = FileUploadStatus.Completed;
        CompletedAt = clock.GetUtcNow();
    }

    /// <summary>X-6: only a completed file can be attached to a record.</summary>
    public void EnsureComplete()
    {
        if (Status != FileUploadStatus.Completed)
        {
            throw new BusinessRuleViolationException(
                "X-6", string.Create(CultureInfo.InvariantCulture, $"file {Id} is still uploading ({ReceivedBytes} of {Length} bytes); finish the upload before attaching it"));
        }
    }
}
