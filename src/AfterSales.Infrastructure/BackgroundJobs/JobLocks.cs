using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AfterSales.Infrastructure.BackgroundJobs;

/// <summary>
/// One API instance at a time runs a job's round: a transaction-scoped advisory lock, released with the round's
/// transaction, so an instance that dies mid-round never leaves it held.
/// </summary>
internal static class JobLocks
{
    /// <summary>Takes the job's lock for the current transaction; false when another instance holds it (skip the round).</summary>
    public static Task<bool> TryLockForTransactionAsync(this DatabaseFacade database, long key, CancellationToken cancellationToken) =>
        database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({key}) AS \"Value\"").SingleAsync(cancellationToken);
}
