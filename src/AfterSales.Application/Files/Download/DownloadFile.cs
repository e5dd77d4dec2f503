using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Files;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Files.Download;

/// <summary>X-6: a completed file's bytes, for whoever may read a record it is attached to, or before that its uploader.</summary>
public sealed record DownloadFile(Guid Id) : IQuery<FileDownload>;

public sealed record FileDownload(string FileName, string ContentType, string Sha256, byte[] Content);

public sealed class DownloadFileHandler(IAfterSalesDbContext db, IEnumerable<IFileRecords> records, IFileStore store, ICurrentUser user)
    : IQueryHandler<DownloadFile, FileDownload>
{
    public async ValueTask<FileDownload> Handle(DownloadFile query, CancellationToken cancellationToken)
    {
        var upload = await db.FileUploads.AsNoTracking()
            .FirstOrDefaultAsync(candidate => candidate.Id == query.Id && candidate.Status == FileUploadStatus.Completed, cancellationToken);
        if (upload is null || !await MayReadAsync(upload, cancellationToken))
        {
            throw new NotFoundException("File", query.Id);
        }

        return new FileDownload(upload.FileName, upload.ContentType!, upload.Sha256, await store.ReadAsync(upload.Sha256, cancellationToken));
    }

    /// <summary>Attached, the records decide, the uploader included (a technician reassigned away no longer reads the order's photos).</summary>
    private async Task<bool> MayReadAsync(FileUpload upload, CancellationToken cancellationToken)
    {
        var attached = false;
        foreach (var kind in records)
        {
            switch (await kind.CallerMayReadAsync(upload.Id, cancellationToken))
            {
                case true:
                    return true;
                case false:
                    attached = true;
                    break;
            }
        }

        return !attached && upload.UploadedBy == user.UserName;
    }
}
