using System.Data.Common;
using AfterSales.Application.Abstractions;
using Npgsql;

namespace AfterSales.Infrastructure.Persistence.Reading;

/// <summary>
/// Connections for the read side. They use the same connection string as EF Core's, so they come from the same
/// Npgsql pool, with the same automatic preparation and no session reset (see DependencyInjection), and the same
/// guard against a statement refused while it was being prepared (<see cref="PreparedStatementReset"/>).
/// </summary>
internal sealed class ReadDatabase(string connectionString, PreparedStatementReset preparedStatements) : IReadDatabase
{
    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
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
