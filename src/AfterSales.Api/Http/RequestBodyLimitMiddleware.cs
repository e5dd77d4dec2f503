using AfterSales.Application.Files;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace AfterSales.Api.Http;

/// <summary>
/// Refuses a declared body over the limit before reading it (413). Kestrel enforces the same limit on
/// bodies without a length; this also covers hosts that do not (the test server). A file's chunk (X-6, marked
/// <see cref="ChunkBody"/>) may have up to <c>Files:MaxChunkBytes</c>, and Kestrel is told so for that request.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<FilesOptions> files)
{
    public const long MaxBodyBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<ChunkBody>() is null ? MaxBodyBytes : files.Value.MaxChunkBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problemDetails.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request body is too large.",
                    Detail = $"This request's body is limited to {limit / 1024} KiB.",
                },
            });
            return;
        }

        if (limit != MaxBodyBytes && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrelLimit)
        {
            kestrelLimit.MaxRequestBodySize = limit;
        }

        await next(context);
    }
}
