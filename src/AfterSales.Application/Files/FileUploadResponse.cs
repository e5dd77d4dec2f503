using AfterSales.Domain.Files;

namespace AfterSales.Application.Files;

/// <summary>
/// an upload and how far it has got. <c>ReceivedBytes</c> is where a cut upload resumes; <c>ContentType</c> is the
/// type the bytes showed, once <c>Completed</c>.
/// </summary>
public sealed record FileUploadResponse(
    Guid Id,
    string FileName,
    long Length,
    string Sha256,
    long ReceivedBytes,
    FileUploadStatus Status,
    string? ContentType,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    string UploadUrl,
    string ContentUrl)
{
    public static FileUploadResponse Of(FileUpload upload) => new(
        upload.Id,
        upload.FileName,
        upload.Length,
        upload.Sha256,
        upload.ReceivedBytes,
        upload.Status,
        upload.ContentType,
        upload.StartedAt,
        upload.CompletedAt,
        $"/api/v1/files/{upload.Id}",
        $"/api/v1/files/{upload.Id}/content");
}
