using AfterSales.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Common.Concurrency;

public static class VersionedLoading
{
    /// <summary>
    /// Loads an aggregate to change it: unknown, or not visible to the caller, is not found; when the client sent a
    /// version, a different current one is refused now, and the version is checked again by the database on save.
    /// </summary>
    public static Task<TAggregate> LoadForChangeAsync<TAggregate>(
        this DbSet<TAggregate> set,
        Guid id,
        uint? expectedVersion,
        CancellationToken cancellationToken,
        Action<TAggregate>? ensureVisible = null)
        where TAggregate : AggregateRoot =>
        set.LoadForChangeAsync(
            id,
            expectedVersion,
            (aggregate, _) =>
            {
                ensureVisible?.Invoke(aggregate);
                return Task.CompletedTask;
            },
            cancellationToken);

    /// <summary>The same, for a visibility that needs to look something up (a team lead's team, X-4).</summary>
    public static async Task<TAggregate> LoadForChangeAsync<TAggregate>(
        this DbSet<TAggregate> set,
        Guid id,
        uint? expectedVersion,
        Func<TAggregate, CancellationToken, Task> ensureVisible,
        CancellationToken cancellationToken)
        where TAggregate : AggregateRoot
    {
        var aggregate = await set.FirstOrDefaultAsync(candidate => candidate.Id == id, cancellationToken)
            ?? throw new NotFoundException(typeof(TAggregate).Name, id);

        // Before the version check, so a caller who may not see it cannot learn anything from a 412.
        await ensureVisible(aggregate, cancellationToken);

        if (expectedVersion is { } expected && aggregate.Version != expected)
        {
            throw new PreconditionFailedException(typeof(TAggregate).Name, id);
        }

        return aggregate;
    }
}
