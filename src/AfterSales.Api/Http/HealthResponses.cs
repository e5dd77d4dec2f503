using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AfterSales.Api.Http;

/// <summary>
/// /health/ready as JSON: the overall status and each check's, so an operator sees what a Degraded answer is about.
/// A check that failed with an exception shows only its status: the probe is anonymous, and connection errors name hosts.
/// </summary>
internal static class HealthResponses
{
    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Exception is null ? entry.Value.Description : null }),
        });
}
