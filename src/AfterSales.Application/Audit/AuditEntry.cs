namespace AfterSales.Application.Audit;

/// <summary>
/// everything one command changed, in one row: who, when, which command under which correlation id, and
/// every changed aggregate and part with its changed properties before and after.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Command = null!;
        ChangedBy = null!;
        EntityIds = null!;
        Changes = null!;
    }

    public AuditEntry(string command, string? correlationId, string changedBy, DateTimeOffset changedAt, Guid[] entityIds, string changes)
    {
        Id = Guid.CreateVersion7();
        Command = command;
        CorrelationId = correlationId;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        EntityIds = entityIds;
        Changes = changes;
    }

    public Guid Id { get; private set; }

    /// <summary>The unit of work that made the changes: a command's name (<c>AssignWorkOrder</c>) or a job's.</summary>
    public string Command { get; private set; }

    /// <summary>The request's correlation id, as in the logs and problem bodies; none for background work.</summary>
    public string? CorrelationId { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>Every aggregate and part the command changed, so one indexed lookup finds an entity's history.</summary>
    public Guid[] EntityIds { get; private set; }

    /// <summary>JSON array of <see cref="AuditedChange"/>.</summary>
    public string Changes { get; private set; }
}
