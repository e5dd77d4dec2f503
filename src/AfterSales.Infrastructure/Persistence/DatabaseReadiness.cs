using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// /health/ready: one round trip to the database, outside the execution strategy. A probe must say
/// "not ready" at once during an outage rather than retry for seconds the way a unit of work does.
/// </summary>
internal sealed class DatabaseReadiness(AfterSalesDbContext db) : IHealthCheck
{
    /// <summary>Shorter than an orchestrator's usual probe timeout, so the probe gets an answer rather than giving up.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
