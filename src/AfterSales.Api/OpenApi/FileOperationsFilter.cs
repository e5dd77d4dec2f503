using AfterSales.Api.Endpoints;
using AfterSales.Application.Files.Chunks;
using AfterSales.Application.Files.Download;
using AfterSales.Domain.Files;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.OpenApi;

/// <summary>
/// X-6's operations carry HTTP's own headers, which the document would otherwise miss or misname: the chunk's
/// <c>Content-Range</c> (kept as HTTP spells it, not camel-cased like the other parameters), the upload's offset on
/// <c>HEAD</c>, and the download's bytes in each allowed type with their SHA-256 as ETag.
/// </summary>
internal sealed class FileOperationsFilter : IOperationFilter
{
    private static readonly string[] AllowedTypes = [FileSignatures.Jpeg, FileSignatures.Png, FileSignatures.Heic, FileSignatures.WebP, FileSignatures.Pdf];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        switch (operation.OperationId)
        {
            case nameof(ReceiveChunk):
                foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(parameter => parameter.In == ParameterLocation.Header))
                {
                    parameter.Name = "Content-Range";
                    parameter.Description = "bytes a-b/length: the chunk's first and last byte (from 0) and the file's length. Start where the server's bytes end (HEAD tells).";
                }

                break;
            case FileEndpoints.UploadOffsetOperation when Success(operation) is { } success:
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers[FileEndpoints.UploadOffsetHeader] = Header("How many bytes of the file the server has: the next chunk starts at this byte.");
                success.Headers[FileEndpoints.UploadLengthHeader] = Header("The file's length, as the upload declared it.");
                break;
            case nameof(DownloadFile) when Success(operation) is { } success:
                success.Content = AllowedTypes.ToDictionary(
                    type => type, IOpenApiMediaType (_) => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } });
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers["ETag"] = Header("The file's SHA-256 as a strong entity tag; If-None-Match with it answers 304.");
                success.Headers["Content-Disposition"] = Header("attachment, with the file's name as uploaded.");
                operation.Responses!["304"] = new OpenApiResponse { Description = "Not Modified: If-None-Match named the file's ETag." };
                break;
        }
    }

    private static OpenApiResponse? Success(OpenApiOperation operation) => operation.Responses?.GetValueOrDefault("200") as OpenApiResponse;

    private static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}
