namespace AfterSales.Domain.WorkOrders;

/// <summary>The steps a technician records from the field (WO-16).</summary>
public enum FieldStepKind
{
    Contact,
    Plan,
    Arrival,
    Start,
    TimeEntry,
    CarryBack,
    Return,
    Payment,
    Resolve,
}

/// <summary>
/// WO-16: one technician step as it happened in the field (<see cref="At"/>) and as it reached the server
/// (<see cref="ReceivedAt"/>), hours apart after a day offline. Clocks are judged on the first.
/// </summary>
public sealed class FieldStep
{
    private FieldStep()
    {
    }

    internal FieldStep(FieldStepKind step, DateTimeOffset at, DateTimeOffset receivedAt)
    {
        Step = step;
        At = at;
        ReceivedAt = receivedAt;
    }

    public FieldStepKind Step { get; private set; }

    public DateTimeOffset At { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
}
