using System.Data.Common;
using AfterSales.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace AfterSales.Infrastructure.Persistence.Reading;

/// <summary>Without a standby configured, the reads that tolerate lag are served by the primary like every other.</summary>
internal sealed class PrimaryStandbyReads(IAfterSalesDbContext database, IReadDatabase primary) : IStandbyReads
{
    public IAfterSalesDbContext Database => database;

    public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken) => primary.ReadAsync(read, cancellationToken);
}

/// <summary>
/// Reads that tolerate lag, served by the standby (<see cref="StandbyDatabase"/>): an EF Core context leased from the
/// standby's own pool for the request when a report asks for one, and SQL reads on the standby's data source.
/// </summary>
internal sealed class ReplicaStandbyReads(StandbyDatabase standby) : IStandbyReads, IAsyncDisposable
{
    private AfterSalesDbContext? leased;

    public IAfterSalesDbContext Database => leased ??= standby.Contexts.CreateDbContext();

    public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken) => standby.Reads.ReadAsync(read, cancellationToken);

    public ValueTask DisposeAsync() => leased?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>The standby's data source (a standby preferred, the primary when none answers) and a context pool on it.</summary>
internal sealed class StandbyDatabase(
    NpgsqlMultiHostDataSource dataSource,
    Func<DbDataSource, DbContextOptions<AfterSalesDbContext>> contextOptions,
    PreparedStatementReset preparedStatements,
    ReadRetries retries)
    : IAsyncDisposable
{
    private readonly NpgsqlDataSource preferStandby = dataSource.WithTargetSession(TargetSessionAttributes.PreferStandby);

    public IReadDatabase Reads => field ??= ReadDatabase.Of(preferStandby, preparedStatements, retries);

    public IDbContextFactory<AfterSalesDbContext> Contexts => field ??= new PooledDbContextFactory<AfterSalesDbContext>(contextOptions(preferStandby));

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
