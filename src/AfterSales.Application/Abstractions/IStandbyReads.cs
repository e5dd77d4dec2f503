using System.Data.Common;

namespace AfterSales.Application.Abstractions;

/// <summary>
/// Reads that tolerate a second of lag: lists, reports and statistics. With <c>ConnectionStrings:AfterSalesReplica</c>
/// set they are served by a streaming standby, and by the primary while no standby answers; without it, by the
/// primary. A client's read of one resource after its own write is never served here but from the primary
/// (<see cref="IReadDatabase"/>), so it always sees that write.
/// </summary>
public interface IStandbyReads
{
    /// <summary>EF Core queries, for the reports that read through the model; nothing read here is tracked or saved.</summary>
    IAfterSalesDbContext Database { get; }

    /// <inheritdoc cref="IReadDatabase.ReadAsync"/>
    Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken);
}
