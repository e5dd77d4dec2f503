using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Files;

/// <summary>X-6: until a file is attached to a record, it is its uploader's alone; anyone else is told it does not exist.</summary>
public static class FileUploadLoading
{
    public static async Task<FileUpload> LoadOwnAsync(this DbSet<FileUpload> uploads, Guid id, ICurrentUser caller, CancellationToken cancellationToken)
    {
        var upload = await uploads.FirstOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        return upload is not null && upload.UploadedBy == caller.UserName ? upload : throw new NotFoundException("File", id);
    }
}
