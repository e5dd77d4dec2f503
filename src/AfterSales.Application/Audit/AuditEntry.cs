namespace AfterSales.Application.Audit;

/// <summary>One saved change to an aggregate or one of its parts .</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        EntityType = null!;
        Action = null!;
        ChangedBy = null!;
        Changes = null!;
    }

    public AuditEntry(string entityType, Guid entityId, Guid? partId, string action, string changedBy, DateTimeOffset changedAt, string changes)
    {
        Id = Guid.CreateVersion7();
        EntityType = entityType;
        EntityId = entityId;
        PartId = partId;
        Action = action;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        Changes = changes;
    }

    public Guid Id { get; private set; }

    /// <summary>The changed type, e.g. "Technician" or "DisciplineRecord".</summary>
    public string EntityType { get; private set; }

    /// <summary>The aggregate the change belongs to, so one query shows a whole aggregate's history.</summary>
    public Guid EntityId { get; private set; }

    /// <summary>The changed child entity, when the change was to a part of the aggregate.</summary>
    public Guid? PartId { get; private set; }

    public string Action { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>JSON object: property name → { "old": …, "new": … }.</summary>
    public string Changes { get; private set; }
}
