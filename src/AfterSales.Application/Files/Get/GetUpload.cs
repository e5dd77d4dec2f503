using AfterSales.Application.Abstractions;
using Mediator;

namespace AfterSales.Application.Files.Get;

/// <summary>X-6: how far an upload has got, for its uploader (where a cut upload resumes).</summary>
public sealed record GetUpload(Guid Id) : IQuery<FileUploadResponse>;

public sealed class GetUploadHandler(IAfterSalesDbContext db, ICurrentUser user) : IQueryHandler<GetUpload, FileUploadResponse>
{
    public async ValueTask<FileUploadResponse> Handle(GetUpload query, CancellationToken cancellationToken) =>
        FileUploadResponse.Of(await db.FileUploads.LoadOwnAsync(query.Id, user, cancellationToken));
}
