using AfterSales.Application.Abstractions;
using AfterSales.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// One transaction inside the execution strategy: with retry-on-failure enabled a transaction opened
/// outside the strategy is refused, and a retry must replay the whole unit of work from a clean slate.
/// </summary>
/// <remarks>
/// A connection that breaks during COMMIT leaves the outcome unknown: PostgreSQL may have committed. Replaying
/// the unit of work then would store it twice (a second work order, a second payment). So before a retry the
/// runner looks for the last audit row the attempt wrote: every unit of work that changes anything writes one
/// in the same transaction. Found, the attempt committed and its result stands; not found, it is replayed.
/// The happy path pays nothing for this.
/// </remarks>
internal sealed class TransactionRunner(AfterSalesDbContext db, AuditTrail auditTrail) : ITransactionRunner
{
    public Task<TResult> RunAsync<TResult>(string name, Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken)
    {
        auditTrail.UnitOfWork = name;
        Committing<TResult>? committing = null;
        return db.Database.CreateExecutionStrategy().ExecuteAsync(
            work,
            async (unitOfWork, token) =>
            {
                committing = null;
                db.ChangeTracker.Clear();
                auditTrail.DiscardExternalChanges();
                // A failed save fails the whole unit of work, so a savepoint around each save would only cost a round trip.
                db.Database.AutoSavepointsEnabled = false;
                var auditedBefore = auditTrail.LastRecorded;
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var result = await unitOfWork(token);
                await db.SaveChangesAsync(token);
                committing = new Committing<TResult>(result, auditTrail.LastRecorded == auditedBefore ? null : auditTrail.LastRecorded);
                await transaction.CommitAsync(token);
                return result;
            },
            async (_, token) => committing is { AuditRow: { } auditRow } && await db.AuditEntries.AnyAsync(entry => entry.Id == auditRow, token)
                ? new ExecutionResult<TResult>(successful: true, committing.Result)
                : new ExecutionResult<TResult>(successful: false, default!),
            cancellationToken);
    }

    /// <summary>What an attempt that reached COMMIT produced, and the audit row that proves it committed.</summary>
    private sealed record Committing<TResult>(TResult Result, Guid? AuditRow);
}
