using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace AfterSales.Api.Tests.Infrastructure;

/// <summary>
/// Breaks the next COMMIT the API sends as a lost connection would: before PostgreSQL sees it, or after PostgreSQL
/// has committed, so that the API cannot tell which happened.
/// </summary>
public sealed class CommitFaults : DbTransactionInterceptor
{
    private int beforeCommit;
    private int afterCommit;

    public void BreakNextCommitBeforeItReachesTheDatabase() => Volatile.Write(ref beforeCommit, 1);

    public void BreakNextCommitAfterItSucceeds() => Volatile.Write(ref afterCommit, 1);

    public void Clear()
    {
        Volatile.Write(ref beforeCommit, 0);
        Volatile.Write(ref afterCommit, 0);
    }

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        Interlocked.Exchange(ref beforeCommit, 0) == 1 ? throw ConnectionLost() : ValueTask.FromResult(result);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Interlocked.Exchange(ref afterCommit, 0) == 1 ? throw ConnectionLost() : Task.CompletedTask;

    // What Npgsql throws when the socket drops mid-command; the retry strategy treats it as transient.
    private static NpgsqlException ConnectionLost() => new("Exception while reading from stream", new IOException("Connection reset by peer"));
}
