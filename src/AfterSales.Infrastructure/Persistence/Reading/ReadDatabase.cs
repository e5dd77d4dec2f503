using System.Data.Common;
using AfterSales.Application.Abstractions;
using Npgsql;

namespace AfterSales.Infrastructure.Persistence.Reading;

/// <summary>
/// Connections for the read side. They use the same connection string as EF Core's, so they come from the same
/// Npgsql pool, with the same automatic preparation and no session reset (see DependencyInjection).
/// </summary>
internal sealed class ReadDatabase(string connectionString) : IReadDatabase
{
    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
