using AfterSales.Application.Abstractions;
using Mediator;

namespace AfterSales.Application.Files.Chunks;

/// <summary>
/// bytes <see cref="First"/> to <see cref="Last"/> of the file (a <c>Content-Range</c>). Committed before the answer,
/// so an acknowledged chunk survives a crash; the last one completes the file when its SHA-256 and type check out.
/// </summary>
public sealed record ReceiveChunk(Guid FileId, long First, long Last, long Total, ReadOnlyMemory<byte> Bytes) : ICommand<FileUploadResponse>;

public sealed class ReceiveChunkHandler(IAfterSalesDbContext db, IFileStore store, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ReceiveChunk, FileUploadResponse>
{
    public async ValueTask<FileUploadResponse> Handle(ReceiveChunk command, CancellationToken cancellationToken)
    {
        var upload = await db.FileUploads.LoadOwnAsync(command.FileId, user, cancellationToken);
        if (upload.Receive(command.First, command.Last, command.Total))
        {
            await store.AppendAsync(upload.Id, command.First, command.Bytes, cancellationToken);
            if (upload.IsFullyReceived)
            {
                var file = await store.SealAsync(upload.Id, cancellationToken);
                upload.Complete(file.Sha256, file.Head, clock);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return FileUploadResponse.Of(upload);
    }
}
