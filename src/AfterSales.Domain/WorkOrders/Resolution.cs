namespace AfterSales.Domain.WorkOrders;

/// <summary>
/// WO-9: one resolution of the order by its technician. <see cref="ReopenedAt"/> is set when the order
/// comes back (WO-13), so the fix that did not hold stays attributable to whoever made it.
/// </summary>
public sealed class Resolution
{
    private Resolution()
    {
    }

    internal Resolution(Guid technicianId, DateTimeOffset resolvedAt)
    {
        Id = Guid.CreateVersion7();
        TechnicianId = technicianId;
        ResolvedAt = resolvedAt;
    }

    public Guid Id { get; private set; }

    public Guid TechnicianId { get; private set; }

    public DateTimeOffset ResolvedAt { get; private set; }

    public DateTimeOffset? ReopenedAt { get; private set; }

    internal void MarkReopened(DateTimeOffset at) => ReopenedAt = at;
}
