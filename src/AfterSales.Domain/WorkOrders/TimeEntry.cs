using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-9: a block of time a technician spent on the order.</summary>
public sealed class TimeEntry
{
    public const int MaxMinutes = 24 * 60;

    private TimeEntry()
    {
    }

    internal TimeEntry(Guid technicianId, DateTimeOffset startedAt, int minutes, TimeEntryKind kind)
    {
        Id = Guid.CreateVersion7();
        TechnicianId = technicianId;
        StartedAt = startedAt.ToUniversalTime();
        Minutes = Require.Between(minutes, 1, MaxMinutes, $"A time entry lasts 1 to {MaxMinutes} minutes.");
        Kind = Require.Defined(kind);
    }

    public Guid Id { get; private set; }

    public Guid TechnicianId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public int Minutes { get; private set; }

    public TimeEntryKind Kind { get; private set; }
}
