using AfterSales.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>Brings the database up to the current migration and, on request, loads the demo data.</summary>
public static partial class DatabaseStartup
{
    /// <returns>What the demo seeding loaded, its users' password among it; <see cref="DemoSeeding.Skipped"/> without <paramref name="seedDemo"/>.</returns>
    public static async Task<DemoSeeding> PrepareAsync(IServiceProvider services, bool migrate, bool seedDemo, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        if (migrate)
        {
            await scope.ServiceProvider.GetRequiredService<AfterSalesDbContext>().Database.MigrateAsync(cancellationToken);
            LogMigrated(logger);
        }

        if (!seedDemo)
        {
            return DemoSeeding.Skipped;
        }

        var seeding = await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(cancellationToken);
        LogSeeded(logger, seeding.Loaded, seeding.Users.Count);
        return seeding;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated to the latest version")]
    private static partial void LogMigrated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded: {Loaded}, with {Users} users (skipped when the database already has technicians)")]
    private static partial void LogSeeded(ILogger logger, bool loaded, int users);
}
