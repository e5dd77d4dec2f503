using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>
/// WO-20 (r2): an appointment window moved, why, and when the customer was told: after the original window had opened
/// is told late, which the team lead sees.
/// </summary>
public sealed class VisitMove
{
    private VisitMove()
    {
        Reason = null!;
    }

    internal VisitMove(Appointment previous, Appointment next, string reason, DateTimeOffset customerToldAt, DateTimeOffset movedAt)
    {
        Id = Guid.CreateVersion7();
        PreviousStart = previous.Start;
        PreviousEnd = previous.End;
        Start = next.Start;
        End = next.End;
        Reason = Require.Text(reason, 500);
        CustomerToldAt = customerToldAt.ToUniversalTime();
        ToldLate = CustomerToldAt > previous.Start;
        MovedAt = movedAt;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset PreviousStart { get; private set; }

    public DateTimeOffset PreviousEnd { get; private set; }

    public DateTimeOffset Start { get; private set; }

    public DateTimeOffset End { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset CustomerToldAt { get; private set; }

    /// <summary>The customer heard of the move only after the original window had opened.</summary>
    public bool ToldLate { get; private set; }

    public DateTimeOffset MovedAt { get; private set; }
}
