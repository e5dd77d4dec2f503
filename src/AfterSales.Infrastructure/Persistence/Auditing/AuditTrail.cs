using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Audit;
using AfterSales.Application.Common.Idempotency;
using AfterSales.Domain.Common;
using AfterSales.Infrastructure.Persistence.Saving;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AfterSales.Infrastructure.Persistence.Auditing;

/// <summary>
/// turns every pending insert, update and delete of an aggregate or one of its parts into an
/// audit row (who, when, which properties, old and new values), saved in the same transaction.
/// </summary>
public sealed class AuditTrail(ICurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions ValueFormat = new() { Converters = { new JsonStringEnumConverter() } };

    private static readonly HashSet<string> Untracked = [nameof(AggregateRoot.Version), AggregateVersions.UpdatedAt];

    // What to report of each type is fixed by the model, so it is worked out once per type, not on every save.
    private static readonly ConcurrentDictionary<ITypeBase, AuditedType> Types = new();

    /// <summary>The last audit row recorded: found in the database once its transaction has ended, it proves the commit.</summary>
    public Guid? LastRecorded { get; private set; }

    /// <summary>Called with changes already detected.</summary>
    public void Record(ChangeTracker changeTracker)
    {
        var now = clock.GetUtcNow();
        var entries = new List<AuditEntry>();
        foreach (var entry in changeTracker.Entries())
        {
            if (entry.Entity is not AuditEntry and not IdempotencyRecord && !entry.Metadata.IsOwned() && Describe(entry, now) is { } audit)
            {
                entries.Add(audit);
            }
        }

        changeTracker.Context.AddRange(entries);
        if (entries.Count > 0)
        {
            LastRecorded = entries[^1].Id;
        }
    }

    private AuditEntry? Describe(EntityEntry entry, DateTimeOffset now)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            var written = false;
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                written |= WriteChanges(writer, entry, entry.State, string.Empty);
            }

            written |= WriteOwnedChanges(writer, entry, string.Empty);
            if (!written)
            {
                return null;
            }

            writer.WriteEndObject();
        }

        var (aggregateId, partId) = Locate(entry);
        return new AuditEntry(
            entry.Metadata.ClrType.Name,
            aggregateId,
            partId,
            (entry.State == EntityState.Unchanged ? EntityState.Modified : entry.State).ToString(),
            user.UserName,
            now,
            Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>
    /// Value objects stored with their owner (an appointment, a sign-off, an assessment's performance and
    /// its metrics) are reported as the owner's properties, however deeply nested.
    /// </summary>
    private static bool WriteOwnedChanges(Utf8JsonWriter writer, EntityEntry owner, string prefix)
    {
        var written = false;
        foreach (var owned in TypeOf(owner.Metadata).Owned)
        {
            if (owner.Reference(owned.Navigation).TargetEntry is not { } target)
            {
                continue;
            }

            var path = prefix + owned.Name + ".";
            if (target.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                written |= WriteChanges(writer, target, target.State, path);
            }

            written |= WriteOwnedChanges(writer, target, path);
        }

        return written;
    }

    private static bool WriteChanges(Utf8JsonWriter writer, EntityEntry entry, EntityState state, string prefix)
    {
        var written = false;
        foreach (var audited in TypeOf(entry.Metadata).Properties)
        {
            var (before, after) = state switch
            {
                EntityState.Added => (null, audited.Stored(entry.CurrentValues[audited.Property])),
                EntityState.Deleted => (audited.Stored(entry.OriginalValues[audited.Property]), null),
                _ => (audited.Stored(entry.OriginalValues[audited.Property]), audited.Stored(entry.CurrentValues[audited.Property])),
            };
            if (state == EntityState.Modified && (!entry.Property(audited.Property).IsModified || Equals(before, after)))
            {
                continue;
            }

            writer.WriteStartObject(prefix + audited.Name);
            writer.WritePropertyName("old");
            JsonSerializer.Serialize(writer, before, ValueFormat);
            writer.WritePropertyName("new");
            JsonSerializer.Serialize(writer, after, ValueFormat);
            writer.WriteEndObject();
            written = true;
        }

        return written;
    }

    private static AuditedType TypeOf(ITypeBase type) => Types.GetOrAdd(type, static type => new AuditedType(
        [.. type.GetProperties()
            .Where(property => !Untracked.Contains(property.Name) && !property.IsKey() && !property.IsForeignKey())
            .Select(property => new AuditedProperty(property, JsonNamingPolicy.CamelCase.ConvertName(property.Name), property.GetValueConverter()))],
        type is IEntityType entityType
            ? [.. entityType.GetNavigations()
                .Where(navigation => !navigation.IsCollection && navigation.TargetEntityType.IsOwned())
                .Select(navigation => new OwnedPart(navigation, JsonNamingPolicy.CamelCase.ConvertName(navigation.Name)))]
            : []));

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

    private sealed record AuditedType(IReadOnlyList<AuditedProperty> Properties, IReadOnlyList<OwnedPart> Owned);

    private sealed record OwnedPart(INavigation Navigation, string Name);

    private sealed record AuditedProperty(IProperty Property, string Name, ValueConverter? Converter)
    {
        /// <summary>As stored: a value object mapped through a converter (an assessment month) is written as its column value.</summary>
        public object? Stored(object? value) => value is null || Converter is null ? value : Converter.ConvertToProvider(value);
    }
}
