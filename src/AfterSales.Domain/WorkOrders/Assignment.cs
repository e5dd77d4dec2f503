using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-2: who was given the order, when, by whom and why; kept for every (re)assignment.</summary>
public sealed class Assignment
{
    private Assignment()
    {
        AssignedBy = null!;
    }

    internal Assignment(Guid technicianId, DateTimeOffset assignedAt, string assignedBy, string? reason)
    {
        Id = Guid.CreateVersion7();
        TechnicianId = technicianId;
        AssignedAt = assignedAt;
        AssignedBy = Require.Text(assignedBy, 100);
        Reason = Require.OptionalText(reason, 500);
    }

    public Guid Id { get; private set; }

    public Guid TechnicianId { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public string AssignedBy { get; private set; }

    public string? Reason { get; private set; }
}
