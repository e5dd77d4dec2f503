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

        CollectOwnedChanges(entry, string.Empty, changes);
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

    /// <summary>
    /// Value objects stored with their owner (an appointment, a sign-off, an assessment's performance and
    /// its metrics) are reported as the owner's properties, however deeply nested.
    /// </summary>
    private static void CollectOwnedChanges(EntityEntry owner, string prefix, Dictionary<string, object?> changes)
    {
        foreach (var owned in owner.References.Where(reference => reference.Metadata.TargetEntityType.IsOwned() && reference.TargetEntry is not null))
        {
            var target = owned.TargetEntry!;
            var path = prefix + JsonNamingPolicy.CamelCase.ConvertName(owned.Metadata.Name) + ".";
            if (target.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                CollectChanges(target, target.State, path, changes);
            }

            CollectOwnedChanges(target, path, changes);
        }
    }

    private static void CollectChanges(EntityEntry entry, EntityState state, string prefix, Dictionary<string, object?> changes)
    {
        var properties = entry.Properties.Where(property =>
            !Untracked.Contains(property.Metadata.Name) && !property.Metadata.IsKey() && !property.Metadata.IsForeignKey());
        foreach (var property in properties)
        {
            // As stored: a value object mapped through a converter (an assessment month) is written as its column value.
            var converter = property.Metadata.GetValueConverter();
            object? Stored(object? value) => value is null || converter is null ? value : converter.ConvertToProvider(value);
            var (before, after) = state switch
            {
                EntityState.Added => (null, Stored(property.CurrentValue)),
                EntityState.Deleted => (Stored(property.OriginalValue), null),
                _ => (Stored(property.OriginalValue), Stored(property.CurrentValue)),
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
