using System.Data.Common;
using AfterSales.Application.Abstractions;
using Npgsql;

namespace AfterSales.Infrastructure.Persistence.Reading;

/// <summary>
/// Connections for the read side. Reads of the primary use the same connection string as EF Core's, so they come from
/// the same Npgsql pool, with the same automatic preparation and no session reset (see DependencyInjection); reads of
/// a standby come from its own data source. Both have the guard against a statement refused while it was being
/// prepared (<see cref="PreparedStatementReset"/>).
/// </summary>
internal sealed class ReadDatabase(Func<CancellationToken, ValueTask<NpgsqlConnection>> open, PreparedStatementReset preparedStatements) : IReadDatabase
{
    public static ReadDatabase Primary(string connectionString, PreparedStatementReset preparedStatements) =>
        new(
            async cancellationToken =>
            {
                var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                return connection;
            },
            preparedStatements);

    public static ReadDatabase Of(NpgsqlDataSource dataSource, PreparedStatementReset preparedStatements) =>
        new(dataSource.OpenConnectionAsync, preparedStatements);

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken)
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
