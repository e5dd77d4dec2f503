using AfterSales.Api.Http;
using AfterSales.Application.Files;
using AfterSales.Application.Files.Chunks;
using AfterSales.Application.Files.Download;
using AfterSales.Application.Files.Get;
using AfterSales.Application.Files.Start;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace AfterSales.Api.Endpoints;

/// <summary>
/// files arrive in chunks (<c>POST</c> to start, a <c>PUT</c> with <c>Content-Range</c> per chunk, <c>HEAD</c> or
/// <c>GET</c> for how many bytes the server has) and are downloaded with the access of the record they belong to.
/// </summary>
internal static class FileEndpoints
{
    /// <summary>How many bytes of the file the server has: where a cut upload resumes.</summary>
    public const string UploadOffsetHeader = "Upload-Offset";

    public const string UploadLengthHeader = "Upload-Length";

    public const string UploadOffsetOperation = "GetUploadOffset";

    public static void MapFiles(this RouteGroupBuilder api)
    {
        var files = api.MapGroup("/files").WithTags("Files");

        files.MapPost("/", async Task<Created<FileUploadResponse>> (StartUpload command, ISender sender, CancellationToken cancellationToken) =>
            {
                var upload = await sender.Send(command, cancellationToken);
                return TypedResults.Created(upload.UploadUrl, upload);
            })
            .WithName(nameof(StartUpload))
            .WithSummary("Start an upload: the file's name, declared type, length (at most Files:MaxBytes) and SHA-256 (X-6)");
        files.MapPut("/{id:guid}", async Task<Ok<FileUploadResponse>> (Guid id, [FromHeader(Name = "Content-Range")] string contentRange, Stream body, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
            {
                var range = ChunkRange.Parse(contentRange);
                var bytes = await ChunkRange.ReadAsync(body, range, context.Request.ContentLength, cancellationToken);
                return TypedResults.Ok(await sender.Send(new ReceiveChunk(id, range.First, range.Last, range.Total, bytes), cancellationToken));
            })
            .Accepts<Stream>("application/octet-stream")
            .WithMetadata(new ChunkBody())
            .WithName(nameof(ReceiveChunk))
            .WithSummary("Send bytes a-b of the file (Content-Range: bytes a-b/length), starting where the server's bytes end; bytes it has already are acknowledged again. The last chunk completes the file when its SHA-256 matches and its bytes are a JPEG, PNG, HEIC, WebP or PDF (X-6)");
        files.MapMethods("/{id:guid}", [HttpMethods.Head], async Task<Ok> (Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
            {
                var upload = await sender.Send(new GetUpload(id), cancellationToken);
                context.Response.Headers[UploadOffsetHeader] = upload.ReceivedBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.Headers[UploadLengthHeader] = upload.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return TypedResults.Ok();
            })
            .WithName(UploadOffsetOperation)
            .WithSummary("How many bytes of the file the server has (Upload-Offset) of how many (Upload-Length): where a cut upload resumes (X-6; the uploader only)");
        files.MapGet("/{id:guid}", async Task<Ok<FileUploadResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetUpload(id), cancellationToken)))
            .WithName(nameof(GetUpload))
            .WithSummary("An upload and how far it has got (X-6; the uploader only)");
        files.MapGet("/{id:guid}/content", async Task<FileContentHttpResult> (Guid id, ISender sender, CancellationToken cancellationToken) =>
            {
                var file = await sender.Send(new DownloadFile(id), cancellationToken);
                return TypedResults.File(file.Content, file.ContentType, file.FileName, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
            })
            .WithName(nameof(DownloadFile))
            .WithSummary("A completed file's bytes, typed by their content, ETag its SHA-256: for whoever may read a record it is attached to, before that its uploader (X-6)");
    }
}
