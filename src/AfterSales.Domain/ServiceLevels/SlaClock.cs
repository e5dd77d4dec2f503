namespace AfterSales.Domain.ServiceLevels;

/// <summary>
/// One service-level promise on an order: started by one event, stopped by another, met when the
/// stop came by the deadline. A breach is recorded once and never undone (WO-8). A value kept with the aggregate
/// it times (a work order's JSON column), so any aggregate with promises to keep can hold a set of them.
/// </summary>
public sealed class SlaClock
{
    private SlaClock()
    {
    }

    internal SlaClock(SlaClockName name)
    {
        Name = name;
        State = SlaState.Pending;
    }

    public SlaClockName Name { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? Deadline { get; private set; }

    public DateTimeOffset? StoppedAt { get; private set; }

    public SlaState State { get; private set; }

    /// <summary>When the breach was recorded, by a late stop or by the sweeper.</summary>
    public DateTimeOffset? BreachedAt { get; private set; }

    /// <summary>Still to be met or breached: started, not stopped, not yet breached, and applicable.</summary>
    public bool IsPending => State == SlaState.Pending && StartedAt is not null && StoppedAt is null;

    public bool IsRunning => StartedAt is not null && StoppedAt is null && State is SlaState.Pending or SlaState.Breached;

    internal void Start(DateTimeOffset at, DateTimeOffset deadline)
    {
        StartedAt = at;
        Deadline = deadline;
    }

    /// <summary>Runs the clock again from a new start (a reopened order resolved again); a recorded breach is kept.</summary>
    internal void Restart(DateTimeOffset at, DateTimeOffset deadline)
    {
        if (State == SlaState.Breached)
        {
            return;
        }

        StartedAt = at;
        Deadline = deadline;
        StoppedAt = null;
        State = SlaState.Pending;
    }

    /// <summary>Stops a running clock; true when this stop recorded a breach.</summary>
    internal bool Stop(DateTimeOffset at)
    {
        if (!IsRunning)
        {
            return false;
        }

        StoppedAt = at;
        if (State == SlaState.Breached)
        {
            return false;
        }

        if (at <= Deadline)
        {
            State = SlaState.Met;
            return false;
        }

        Breach(at);
        return true;
    }

    /// <summary>WO-8: a running clock past its deadline is breached when noticed; true when this call recorded it.</summary>
    internal bool BreachIfOverdue(DateTimeOffset now)
    {
        if (!IsPending || now <= Deadline)
        {
            return false;
        }

        Breach(now);
        return true;
    }

    /// <summary>The clock does not apply to this order (arrival without an on-site visit, or the order was cancelled).</summary>
    internal void NotApplicable()
    {
        if (State == SlaState.Pending)
        {
            State = SlaState.NotApplicable;
        }
    }

    /// <summary>Applies again, e.g. the method changed back to on-site; its deadline never moved.</summary>
    internal void Applicable()
    {
        if (State == SlaState.NotApplicable)
        {
            State = SlaState.Pending;
        }
    }

    private void Breach(DateTimeOffset at)
    {
        State = SlaState.Breached;
        BreachedAt = at;
    }
}
