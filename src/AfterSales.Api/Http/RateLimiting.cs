using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using AfterSales.Api.Auth;

namespace AfterSales.Api.Http;

/// <summary>[RateLimiting] — requests each caller may make per window before being told to slow down (429).</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    [Range(1, 1_000_000)]
    public int PermitsPerWindow { get; set; } = 600;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Attempts per window at the sign-in endpoints (token, sign-in page), per client address: guessing passwords or secrets is slow.</summary>
    [Range(1, 1_000_000)]
    public int SignInPermitsPerWindow { get; set; } = 20;
}

internal static class RateLimiting
{
    /// <summary>
    /// One fixed window per caller: the token's subject, or the client address before sign-in, so one
    /// busy client cannot starve the others. The answer is RFC 9457 with Retry-After.
    /// </summary>
    public static IServiceCollection AddAfterSalesRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !options.Enabled || context.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter(CallerOf(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.PermitsPerWindow,
                        Window = TimeSpan.FromSeconds(options.WindowSeconds),
                        QueueLimit = 0,
                    }));
            limiter.OnRejected = async (rejection, cancellationToken) =>
            {
                var context = rejection.HttpContext;
                if (rejection.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        // The framework has no default type for 429; RFC 6585 defines the status.
                        Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                        Title = "Too many requests.",
                        Detail = "Slow down and retry after the time in Retry-After.",
                    },
                });
            };
        });
        return services;
    }

    private static string CallerOf(HttpContext context) =>
        context.User.FindFirst(AccessClaims.Subject)?.Value
        ?? context.Connection.RemoteIpAddress?.ToString()
        ?? "unknown";
}
