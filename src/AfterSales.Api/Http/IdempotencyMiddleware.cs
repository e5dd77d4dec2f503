using System.Security.Cryptography;
using AfterSales.Api.Auth;
using AfterSales.Application.Common.Idempotency;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Api.Http;

/// <summary>
/// a POST carrying <c>Idempotency-Key</c> runs once per user and key. The command's transaction
/// claims the key; the response is stored next to it and replayed to any retry of the same request.
/// The same key with another request → 422; a retry while the first is still running → 409. An answer that carries a
/// secret (<see cref="SecretAnswer"/>) is never stored, so its key is ignored.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    private const int MaxKeyLength = 200;

    public async Task InvokeAsync(HttpContext context, AfterSalesDbContext db, IdempotencyScope scope, TimeProvider clock, IProblemDetailsService problems)
    {
        var key = context.Request.Headers[Header].ToString();
        var userName = context.User.FindFirst(AccessClaims.Subject)?.Value;
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0 || userName is null || context.GetEndpoint()?.Metadata.GetMetadata<SecretAnswer>() is not null)
        {
            await next(context);
            return;
        }

        if (key.Length > MaxKeyLength)
        {
            await WriteProblem(context, problems, StatusCodes.Status400BadRequest, "Idempotency-Key is too long.", $"Use at most {MaxKeyLength} characters.");
            return;
        }

        var fingerprint = await FingerprintAsync(context.Request);
        var earlier = await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(record => record.UserName == userName && record.Key == key, context.RequestAborted);
        if (earlier is not null)
        {
            await AnswerRepeat(context, problems, earlier, fingerprint);
            return;
        }

        scope.Request(new IdempotencyRecord(key, userName, fingerprint, clock.GetUtcNow()));
        var body = await CaptureResponseAsync(context);
        if (context.Response.StatusCode is >= 200 and < 300)
        {
            // Only a command that committed claimed the key; other requests match no row and store nothing.
            await db.IdempotencyRecords
                .Where(record => record.UserName == userName && record.Key == key && record.ResponseStatus == null)
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(record => record.ResponseStatus, context.Response.StatusCode)
                        .SetProperty(record => record.ResponseContentType, context.Response.ContentType)
                        .SetProperty(record => record.ResponseLocation, context.Response.Headers.Location.ToString())
                        .SetProperty(record => record.ResponseBody, body),
                    CancellationToken.None);
        }
    }

    private async Task<byte[]> CaptureResponseAsync(HttpContext context)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
        return buffer.ToArray();
    }

    private static async Task AnswerRepeat(HttpContext context, IProblemDetailsService problems, IdempotencyRecord earlier, string fingerprint)
    {
        if (earlier.Fingerprint != fingerprint)
        {
            await WriteProblem(context, problems, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused.",
                "X-3: this Idempotency-Key was already used for a different request.");
            return;
        }

        if (!earlier.HasResponse)
        {
            await WriteProblem(context, problems, StatusCodes.Status409Conflict, "Request still in progress.",
                "X-3: a request with this Idempotency-Key is already being processed.");
            return;
        }

        context.Response.StatusCode = earlier.ResponseStatus!.Value;
        context.Response.ContentType = earlier.ResponseContentType;
        if (!string.IsNullOrEmpty(earlier.ResponseLocation))
        {
            context.Response.Headers.Location = earlier.ResponseLocation;
        }

        context.Response.Headers[ReplayedHeader] = "true";
        await context.Response.Body.WriteAsync(earlier.ResponseBody, context.RequestAborted);
    }

    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static Task WriteProblem(HttpContext context, IProblemDetailsService problems, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
