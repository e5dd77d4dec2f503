using System.Data.Common;

namespace AfterSales.Application.Abstractions;

/// <summary>
/// The read side: hot reads are SQL projections straight into their response records (Dapper), with no change
/// tracking, no aggregate load and no mapping layer. Writes go through the aggregates and EF Core.
/// </summary>
public interface IReadDatabase
{
    /// <summary>An open connection to the primary, so a client's read right after its own write sees it.</summary>
    ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
