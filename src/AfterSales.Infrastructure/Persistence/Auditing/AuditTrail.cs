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
/// turns the pending inserts, updates and deletes of a unit of work's aggregates and their parts into one audit
/// row: who, when, which command under which correlation id, and each changed entity with its changed properties,
/// old and new. Saved in the same transaction, so the row exists exactly when the changes do.
/// </summary>
public sealed class AuditTrail(ICurrentUser user, IRequestCorrelation correlation, TimeProvider clock) : IAuditedChanges
{
    /// <summary>What a save outside a named unit of work (demo seeding, a test's arrangement) is recorded as.</summary>
    public const string DirectSave = "DirectSave";

    private static readonly JsonSerializerOptions ValueFormat = new() { Converters = { new JsonStringEnumConverter() } };

    private static readonly HashSet<string> Untracked = [nameof(AggregateRoot.Version), AggregateVersions.UpdatedAt];

    // What to report of each type is fixed by the model, so it is worked out once per type, not on every save.
    private static readonly ConcurrentDictionary<ITypeBase, AuditedType> Types = new();

    /// <summary>The command or job whose changes are saved next.</summary>
    public string UnitOfWork { get; set; } = DirectSave;

    /// <summary>The last audit row recorded: found in the database once its transaction has ended, it proves the commit.</summary>
    public Guid? LastRecorded { get; private set; }

    private readonly List<ExternalChange> external = [];

    /// <summary>Changes made outside the context are waiting for the unit of work's row.</summary>
    public bool HasExternalChanges => external.Count > 0;

    public void Record(string entityType, Guid entityId, string action, IReadOnlyDictionary<string, (object? Old, object? New)> properties) =>
        external.Add(new ExternalChange(entityType, entityId, action, properties));

    /// <summary>A unit of work starting again (a retry) forgets what its failed attempt reported.</summary>
    public void DiscardExternalChanges() => external.Clear();

    /// <summary>Called with changes already detected; the row also lists the changes recorded from outside the context.</summary>
    public void Record(ChangeTracker changeTracker)
    {
        var changes = new ArrayBufferWriter<byte>(1024);
        var entityIds = new HashSet<Guid>();
        using (var writer = new Utf8JsonWriter(changes))
        {
            writer.WriteStartArray();
            foreach (var entry in changeTracker.Entries())
            {
                if (entry.Entity is not AuditEntry and not IdempotencyRecord && !entry.Metadata.IsOwned() && Describe(entry) is { } change)
                {
                    writer.WriteRawValue(change.Json.Span, skipInputValidation: true);
                    entityIds.Add(change.AggregateId);
                    if (change.PartId is { } partId)
                    {
                        entityIds.Add(partId);
                    }
                }
            }

            foreach (var change in external)
            {
                WriteExternal(writer, change);
                entityIds.Add(change.EntityId);
            }

            external.Clear();

            writer.WriteEndArray();
        }

        if (entityIds.Count == 0)
        {
            return;
        }

        var audit = new AuditEntry(UnitOfWork, correlation.CorrelationId, user.UserName, clock.GetUtcNow(), [.. entityIds], Encoding.UTF8.GetString(changes.WrittenSpan));
        changeTracker.Context.Add(audit);
        LastRecorded = audit.Id;
    }

    /// <summary>The entity's change as one element of the row's list, or null when nothing of it changed.</summary>
    private static DescribedChange? Describe(EntityEntry entry)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        var (aggregateId, partId) = Locate(entry);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("entityType", entry.Metadata.ClrType.Name);
            writer.WriteString("entityId", aggregateId);
            if (partId is { } part)
            {
                writer.WriteString("partId", part);
            }
            else
            {
                writer.WriteNull("partId");
            }

            writer.WriteString("action", (entry.State == EntityState.Unchanged ? EntityState.Modified : entry.State).ToString());
            writer.WriteStartObject("properties");
            var written = false;
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                written |= WriteChanges(writer, entry.State, TypeOf(entry.Metadata), entry.Property, string.Empty);
                written |= WriteCollectionChanges(writer, entry);
            }

            written |= WriteOwnedChanges(writer, entry, string.Empty);
            if (!written)
            {
                return null;
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return new DescribedChange(buffer.WrittenMemory, aggregateId, partId);
    }

    private static void WriteExternal(Utf8JsonWriter writer, ExternalChange change)
    {
        writer.WriteStartObject();
        writer.WriteString("entityType", change.EntityType);
        writer.WriteString("entityId", change.EntityId);
        writer.WriteNull("partId");
        writer.WriteString("action", change.Action);
        writer.WriteStartObject("properties");
        foreach (var (name, (before, after)) in change.Properties)
        {
            writer.WriteStartObject(name);
            writer.WritePropertyName("old");
            JsonSerializer.Serialize(writer, before, ValueFormat);
            writer.WritePropertyName("new");
            JsonSerializer.Serialize(writer, after, ValueFormat);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
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
                written |= WriteChanges(writer, target.State, TypeOf(target.Metadata), target.Property, path);
            }

            written |= WriteOwnedChanges(writer, target, path);
        }

        return written;
    }

    /// <summary>
    /// Values kept in a collection on their owner's row (a work order's clocks) are reported per element, named by
    /// the element's <c>Name</c> when it has one (<c>clocks[Dispatch].state</c>), else by position.
    /// </summary>
    private static bool WriteCollectionChanges(Utf8JsonWriter writer, EntityEntry owner)
    {
        var written = false;
        foreach (var collection in TypeOf(owner.Metadata).Collections)
        {
            var elementType = TypeOf(collection.Property.ComplexType);
            var position = 0;
            foreach (var element in owner.ComplexCollection(collection.Property))
            {
                var state = owner.State == EntityState.Added ? EntityState.Added : element.State;
                if (state is EntityState.Added or EntityState.Modified)
                {
                    var label = elementType.Label is { } name ? element.Property(name).CurrentValue?.ToString() : position.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    written |= WriteChanges(writer, state, elementType, element.Property, $"{collection.Name}[{label}].");
                }

                position++;
            }
        }

        return written;
    }

    private static bool WriteChanges(Utf8JsonWriter writer, EntityState state, AuditedType type, Func<IProperty, PropertyEntry> entryOf, string prefix)
    {
        var written = false;
        foreach (var audited in type.Properties)
        {
            var entry = entryOf(audited.Property);
            var (before, after) = state switch
            {
                EntityState.Added => (null, audited.Stored(entry.CurrentValue)),
                EntityState.Deleted => (audited.Stored(entry.OriginalValue), null),
                _ => (audited.Stored(entry.OriginalValue), audited.Stored(entry.CurrentValue)),
            };
            if (state == EntityState.Modified && (!entry.IsModified || Equals(before, after)))
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
            .Select(property => new AuditedProperty(property, CamelCase(property.Name), property.GetValueConverter()))],
        type is IEntityType entityType
            ? [.. entityType.GetNavigations()
                .Where(navigation => !navigation.IsCollection && navigation.TargetEntityType.IsOwned())
                .Select(navigation => new OwnedPart(navigation, CamelCase(navigation.Name)))]
            : [],
        [.. type.GetComplexProperties()
            .Where(property => property.IsCollection)
            .Select(property => new ValueCollection(property, CamelCase(property.Name.TrimStart('_'))))],
        type.FindProperty("Name")));

    private static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

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

    private sealed record DescribedChange(ReadOnlyMemory<byte> Json, Guid AggregateId, Guid? PartId);

    private sealed record ExternalChange(string EntityType, Guid EntityId, string Action, IReadOnlyDictionary<string, (object? Old, object? New)> Properties);

    private sealed record AuditedType(
        IReadOnlyList<AuditedProperty> Properties,
        IReadOnlyList<OwnedPart> Owned,
        IReadOnlyList<ValueCollection> Collections,
        IProperty? Label);

    private sealed record OwnedPart(INavigation Navigation, string Name);

    private sealed record ValueCollection(IComplexProperty Property, string Name);

    private sealed record AuditedProperty(IProperty Property, string Name, ValueConverter? Converter)
    {
        /// <summary>As stored: a value object mapped through a converter (an assessment month) is written as its column value.</summary>
        public object? Stored(object? value) => value is null || Converter is null ? value : Converter.ConvertToProvider(value);
    }
}
