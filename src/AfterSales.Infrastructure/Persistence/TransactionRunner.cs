using AfterSales.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// One transaction inside the execution strategy: with retry-on-failure enabled a transaction opened
/// outside the strategy is refused, and a retry must replay the whole unit of work from a clean slate.
/// </summary>
internal sealed class TransactionRunner(AfterSalesDbContext db) : ITransactionRunner
{
    public Task<TResult> RunAsync<TResult>(Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            work,
            async (unitOfWork, token) =>
            {
                db.ChangeTracker.Clear();
                // A failed save fails the whole unit of work, so a savepoint around each save would only cost a round trip.
                db.Database.AutoSavepointsEnabled = false;
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var result = await unitOfWork(token);
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
                return result;
            },
            cancellationToken);
}
