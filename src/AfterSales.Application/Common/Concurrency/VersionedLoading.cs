using AfterSales.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Common.Concurrency;

/// <summary>The client's copy is stale → 412.</summary>
public sealed class PreconditionFailedException(string resource, Guid id)
    : Exception($"{resource} {id} has changed since it was read; reload it and try again.");

public static class VersionedLoading
{
    /// <summary>
    /// Loads an aggregate to change it. When the client sent a version, a different current one is
    /// refused now, and the version is also checked again by the database when the change is saved.
    /// </summary>
    public static async Task<TAggregate> LoadForChangeAsync<TAggregate>(
        this DbSet<TAggregate> set,
        Guid id,
        uint? expectedVersion,
        CancellationToken cancellationToken,
        Action<TAggregate>? ensureVisible = null)
        where TAggregate : AggregateRoot
    {
        var aggregate = await set.FirstOrDefaultAsync(candidate => candidate.Id == id, cancellationToken)
            ?? throw new NotFoundException(typeof(TAggregate).Name, id);

        // Before the version check, so a caller who may not see it cannot learn anything from a 412.
        ensureVisible?.Invoke(aggregate);

        if (expectedVersion is { } expected)
        {
            if (aggregate.Version != expected)
            {
                throw new PreconditionFailedException(typeof(TAggregate).Name, id);
            }
        }

        return aggregate;
    }
}

/// <summary>A response for one aggregate; its version becomes the <c>ETag</c>.</summary>
public interface IVersionedResource
{
    uint Version { get; }
}
