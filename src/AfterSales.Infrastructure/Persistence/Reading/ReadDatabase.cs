using System.Data.Common;
using AfterSales.Application.Abstractions;
using Npgsql;

namespace AfterSales.Infrastructure.Persistence.Reading;

/// <summary>
/// Connections for the read side. Reads of the primary use the same connection string as EF Core's, so they come from
/// the same Npgsql pool, with the same automatic preparation and no session reset (see DependencyInjection); reads of
/// a standby come from its own data source. Both have the guard against a statement refused while it was being
/// prepared (<see cref="PreparedStatementReset"/>). A read that loses its connection (the server restarted, a standby
/// stopped) is tried again on a fresh one, as EF Core's retrying strategy does for the write side: reads change nothing.
/// </summary>
internal sealed class ReadDatabase(Func<CancellationToken, ValueTask<NpgsqlConnection>> open, PreparedStatementReset preparedStatements, ReadRetries retries)
    : IReadDatabase
{
    public static ReadDatabase Primary(string connectionString, PreparedStatementReset preparedStatements, ReadRetries retries) =>
        new(
            async cancellationToken =>
            {
                var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                return connection;
            },
            preparedStatements,
            retries);

    public static ReadDatabase Of(NpgsqlDataSource dataSource, PreparedStatementReset preparedStatements, ReadRetries retries) =>
        new(dataSource.OpenConnectionAsync, preparedStatements, retries);

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ReadOnceAsync(read, cancellationToken);
            }
            catch (NpgsqlException exception) when (attempt <= retries.Count && DatabaseFailures.LostTheServer(exception))
            {
                await Task.Delay(retries.DelayBefore(attempt), cancellationToken);
            }
        }
    }

    private async Task<T> ReadOnceAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        try
        {
            return await read(connection);
        }
        catch (PostgresException)
        {
            preparedStatements.Forget(connection);
            throw;
        }
    }
}
