using System.Text.Json;
using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Audit;
using AfterSales.Application.Common.Idempotency;
using AfterSales.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AfterSales.Infrastructure.Persistence.Auditing;

/// <summary>
/// turns every pending insert, update and delete of an aggregate or one of its parts into an
/// audit row (who, when, which properties, old and new values), saved in the same transaction.
/// </summary>
public sealed class AuditTrail(ICurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions ValueFormat = new() { Converters = { new JsonStringEnumConverter() } };

    private static readonly HashSet<string> Untracked = [nameof(AggregateRoot.Version), AfterSalesDbContext.UpdatedAt];

    public void Record(ChangeTracker changeTracker)
    {
        var now = clock.GetUtcNow();
        var entries = changeTracker.Entries()
            .Where(entry => entry.Entity is not AuditEntry and not IdempotencyRecord && !entry.Metadata.IsOwned())
            .Select(entry => Describe(entry, now))
            .OfType<AuditEntry>()
            .ToList();
        changeTracker.Context.AddRange(entries);
    }

    private AuditEntry? Describe(EntityEntry entry, DateTimeOffset now)
    {
        var changes = new Dictionary<string, object?>();
        if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
        {
            CollectChanges(entry, entry.State, string.Empty, changes);
        }

        // Value objects stored with their owner (an appointment, a sign-off) are reported as the owner's properties.
        foreach (var owned in entry.References.Where(reference => reference.Metadata.TargetEntityType.IsOwned()))
        {
            if (owned.TargetEntry is { State: EntityState.Added or EntityState.Modified or EntityState.Deleted } target)
            {
                CollectChanges(target, target.State, JsonNamingPolicy.CamelCase.ConvertName(owned.Metadata.Name) + ".", changes);
            }
        }

        if (changes.Count == 0)
        {
            return null;
        }

        var (aggregateId, partId) = Locate(entry);
        return new AuditEntry(
            entry.Metadata.ClrType.Name,
            aggregateId,
            partId,
            (entry.State == EntityState.Unchanged ? EntityState.Modified : entry.State).ToString(),
            user.UserName,
            now,
            JsonSerializer.Serialize(changes, ValueFormat));
    }

    private static void CollectChanges(EntityEntry entry, EntityState state, string prefix, Dictionary<string, object?> changes)
    {
        var properties = entry.Properties.Where(property =>
            !Untracked.Contains(property.Metadata.Name) && !property.Metadata.IsKey() && !property.Metadata.IsForeignKey());
        foreach (var property in properties)
        {
            var (before, after) = state switch
            {
                EntityState.Added => (null, property.CurrentValue),
                EntityState.Deleted => (property.OriginalValue, null),
                _ => (property.OriginalValue, property.CurrentValue),
            };
            if (state != EntityState.Modified || (property.IsModified && !Equals(before, after)))
            {
                changes[prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name)] = new { old = before, @new = after };
            }
        }
    }

    /// <summary>An aggregate is its own subject; a part is filed under the aggregate that owns it.</summary>
    private static (Guid AggregateId, Guid? PartId) Locate(EntityEntry entry)
    {
        var id = (Guid)entry.Property("Id").CurrentValue!;
        if (entry.Entity is AggregateRoot)
        {
            return (id, null);
        }

        // The owning aggregate holds the part in a collection; other keys (a time entry's technician) only refer.
        var toAggregate = entry.Metadata.GetForeignKeys()
            .First(foreignKey => foreignKey.PrincipalToDependent is not null && foreignKey.PrincipalEntityType.ClrType.IsSubclassOf(typeof(AggregateRoot)));
        var ownerId = (Guid)entry.Property(toAggregate.Properties[0].Name).CurrentValue!;
        return (ownerId, id);
    }
}
