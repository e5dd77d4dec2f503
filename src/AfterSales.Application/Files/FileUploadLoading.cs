using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Common;
using AfterSales.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Files;

/// <summary>X-6: until a file is attached to a record, it is its uploader's alone; to anyone else it does not exist.</summary>
public static class FileUploadLoading
{
    /// <summary>The upload a URL names (<c>/files/{id}</c>): not found unless the caller uploaded it.</summary>
    public static async Task<FileUpload> LoadOwnAsync(this DbSet<FileUpload> uploads, Guid id, ICurrentUser caller, CancellationToken cancellationToken) =>
        await FindOwnAsync(uploads, id, caller, cancellationToken) ?? throw new NotFoundException("File", id);

    /// <summary>The file a request's <paramref name="field"/> refers to (a photo, a signature): bad input unless the caller uploaded it.</summary>
    public static async Task<FileUpload> ReferencedAsync(this DbSet<FileUpload> uploads, Guid id, string field, ICurrentUser caller, CancellationToken cancellationToken) =>
        await FindOwnAsync(uploads, id, caller, cancellationToken) ?? throw Reference.Unknown(field, "file you uploaded", id);

    private static async Task<FileUpload?> FindOwnAsync(DbSet<FileUpload> uploads, Guid id, ICurrentUser caller, CancellationToken cancellationToken)
    {
        var upload = await uploads.FirstOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        return upload?.UploadedBy == caller.UserName ? upload : null;
    }
}
