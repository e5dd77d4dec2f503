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

    internal FieldStep(int sequence, FieldStepKind step, DateTimeOffset at, DateTimeOffset receivedAt)
    {
        Id = Guid.CreateVersion7();
        Sequence = sequence;
        Step = step;
        At = at;
        ReceivedAt = receivedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>1 for the order's first step, and so on: the order they were recorded in, which is the order they happened in.</summary>
    public int Sequence { get; private set; }

    public FieldStepKind Step { get; private set; }

    public DateTimeOffset At { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
}
