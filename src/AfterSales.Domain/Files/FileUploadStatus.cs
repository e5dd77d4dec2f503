namespace AfterSales.Domain.Files;

public enum FileUploadStatus
{
    /// <summary>Chunks are arriving; nothing can be attached or downloaded yet.</summary>
    Uploading,

    /// <summary>Every byte is in, the SHA-256 matched and the type is allowed: a file records may refer to.</summary>
    Completed,
}
