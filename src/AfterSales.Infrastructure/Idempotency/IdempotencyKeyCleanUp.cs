using AfterSales.Application.Common.Idempotency;
using AfterSales.Infrastructure.BackgroundJobs;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AfterSales.Infrastructure.Idempotency;

/// <summary>
/// deletes keys older than <see cref="IdempotencyOptions.KeepHours"/> with their stored answers, so the table
/// holds a week of keys rather than every create ever made. A claim whose answer was never stored (the process
/// died right after its commit) answers 409 until then, and is released with the rest.
/// </summary>
public sealed partial class IdempotencyKeyCleanUp(
    IServiceScopeFactory scopes,
    IOptions<IdempotencyOptions> options,
    TimeProvider clock,
    ILogger<IdempotencyKeyCleanUp> logger)
    : PeriodicJob("Idempotency key clean-up", logger)
{
    /// <summary>One round; returns how many keys were deleted. Instances running it at once delete each key once.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AfterSalesDbContext>();
        var keptSince = clock.GetUtcNow().AddHours(-options.Value.KeepHours);
        return await db.IdempotencyRecords.Where(record => record.CreatedAt < keptSince).ExecuteDeleteAsync(cancellationToken);
    }

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.CleanUpIntervalSeconds);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        var deleted = await DeleteExpiredAsync(cancellationToken);
        if (deleted > 0)
        {
            LogDeleted(logger, deleted);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} expired idempotency keys")]
    private static partial void LogDeleted(ILogger logger, int count);
}
