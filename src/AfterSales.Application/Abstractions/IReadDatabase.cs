using System.Data.Common;

namespace AfterSales.Application.Abstractions;

/// <summary>
/// The read side: hot reads are SQL projections straight into their response records (Dapper), with no change
/// tracking, no aggregate load and no mapping layer. Writes go through the aggregates and EF Core.
/// </summary>
public interface IReadDatabase
{
    /// <summary>
    /// Runs <paramref name="read"/> on an open connection to the primary, so a client's read right after its own write
    /// sees it; the connection goes back to the pool afterwards, fit for the next read whatever PostgreSQL refused.
    /// </summary>
    Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken);
}
