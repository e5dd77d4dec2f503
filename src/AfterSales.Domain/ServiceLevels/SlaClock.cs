namespace AfterSales.Domain.ServiceLevels;

/// <summary>
/// One service-level promise on an order: started by one event, stopped by another, met when the
/// stop came by the deadline. Past the deadline without its stop it is overdue, and breached once
/// <see cref="FinalDeadline"/> passes too (WO-17). A breach is recorded once and never undone (WO-8). A value kept with the aggregate
/// it times (a work order's JSON column), so any aggregate with promises to keep can hold a set of them. A clock that
/// runs again (a reopened order's resolution and follow-up, WO-13 r2) is a new clock of the next <see cref="Round"/>;
/// the earlier one stays as it ended.
/// </summary>
public sealed class SlaClock
{
    private SlaClock()
    {
    }

    internal SlaClock(SlaClockName name, int round = 1)
    {
        Name = name;
        Round = round;
        State = SlaState.Pending;
    }

    public SlaClockName Name { get; private set; }

    /// <summary>WO-13 (r2): 1 for the order's first run of this clock, 2 for the run after the first reopening, and so on.</summary>
    public int Round { get; private set; }

    /// <summary>
    /// WO-6 (r2): runs before it is known whether the clock applies at all (an arrival before the method is chosen): it
    /// turns overdue like any other but is never breached until it is confirmed.
    /// </summary>
    public bool Provisional { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? Deadline { get; private set; }

    /// <summary>
    /// WO-17: when an overdue clock whose stop has not come is breached: the deadline itself for a clock the office
    /// stops, later for one stopped by a step that may be waiting on a phone offline.
    /// </summary>
    public DateTimeOffset? FinalDeadline { get; private set; }

    public DateTimeOffset? StoppedAt { get; private set; }

    public SlaState State { get; private set; }

    /// <summary>When the breach was recorded, by a late stop or by the sweeper.</summary>
    public DateTimeOffset? BreachedAt { get; private set; }

    public bool IsRunning => StartedAt is not null && StoppedAt is null && State is SlaState.Pending or SlaState.Overdue or SlaState.Breached;

    /// <summary>
    /// The next moment this clock can change by itself: its deadline while pending, its final deadline while overdue
    /// (none for a provisional one, which stays overdue).
    /// </summary>
    public DateTimeOffset? NextJudgement => IsRunning ? State switch
    {
        SlaState.Pending => Deadline,
        SlaState.Overdue when !Provisional => FinalDeadline,
        _ => null,
    } : null;

    internal void Start(DateTimeOffset at, DateTimeOffset deadline, TimeSpan grace, bool provisional = false)
    {
        StartedAt = at;
        Deadline = deadline;
        FinalDeadline = deadline + grace;
        Provisional = provisional;
    }

    /// <summary>Stops a running clock at the time the stop happened; true when this stop recorded a breach. A stop by the deadline meets an overdue clock too (WO-17).</summary>
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

    /// <summary>
    /// WO-17, WO-8: a running clock past its deadline is overdue when noticed, and breached once past its final
    /// deadline as well (at once for a clock without grace); true when this call recorded the breach.
    /// </summary>
    internal bool JudgeLate(DateTimeOffset now)
    {
        if (NextJudgement is null || now <= Deadline)
        {
            return false;
        }

        if (now <= FinalDeadline || Provisional)
        {
            State = SlaState.Overdue;
            return false;
        }

        Breach(now);
        return true;
    }

    /// <summary>
    /// The clock does not apply to this order (arrival without an on-site visit, or the order was cancelled). An
    /// overdue clock was not judged yet, and its stop can no longer come, so it no longer applies either.
    /// </summary>
    internal void NotApplicable()
    {
        Provisional = false;
        if (State is SlaState.Pending or SlaState.Overdue)
        {
            State = SlaState.NotApplicable;
        }
    }

    /// <summary>
    /// Applies for certain (an on-site visit chosen, WO-6 r2): a provisional clock is judged from now on like any other,
    /// overdue included; one that did not apply applies again. Its deadline never moved.
    /// </summary>
    internal void Applicable()
    {
        Provisional = false;
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
