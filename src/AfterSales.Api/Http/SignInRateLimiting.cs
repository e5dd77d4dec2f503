using System.Globalization;
using System.Threading.RateLimiting;
using AfterSales.Identity;
using Microsoft.Extensions.Options;

namespace AfterSales.Api.Http;

/// <summary>
/// Attempts at the sign-in endpoints (<c>POST /connect/token</c>, <c>POST /account/sign-in</c>) per client address, before
/// the provider answers them: the provider answers its endpoints while authenticating, ahead of the API's rate limiter.
/// Over <see cref="RateLimitingOptions.SignInPermitsPerWindow"/> → 429 problem details with Retry-After.
/// </summary>
internal sealed class SignInRateLimiting : IMiddleware, IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> limiter;
    private readonly bool enabled;

    public SignInRateLimiting(IOptions<RateLimitingOptions> options)
    {
        enabled = options.Value.Enabled;
        limiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.SignInPermitsPerWindow,
                Window = TimeSpan.FromSeconds(options.Value.WindowSeconds),
                QueueLimit = 0,
            }));
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!enabled || !IsSignInAttempt(context))
        {
            await next(context);
            return;
        }

        using var lease = limiter.AttemptAcquire(context);
        if (lease.IsAcquired)
        {
            await next(context);
            return;
        }

        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests.", detail: "Slow down and retry after the time in Retry-After.")
            .ExecuteAsync(context);
    }

    public void Dispose() => limiter.Dispose();

    private static bool IsSignInAttempt(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && (context.Request.Path.StartsWithSegments("/" + IdentityProviderSetup.TokenEndpoint)
            || context.Request.Path.StartsWithSegments(IdentityProviderSetup.SignInPage));
}
