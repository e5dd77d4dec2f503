using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    private readonly List<VisitMove> _visitMoves = [];

    /// <summary>WO-20 (r2): every time the visit's window moved, oldest first.</summary>
    public IReadOnlyCollection<VisitMove> VisitMoves => _visitMoves;

    /// <summary>
    /// WO-20 (r2): the technician reconfirmed the current window with the customer (at <paramref name="at"/>, default
    /// now) before the visit; a second reconfirmation of the same window keeps the first.
    /// </summary>
    public void ReconfirmVisit(TimeProvider clock, DateTimeOffset? at = null)
    {
        Ensure(WorkOrderAction.ReconfirmVisit);
        if (Appointment is null)
        {
            throw new BusinessRuleViolationException("WO-20", $"{Number} has no appointment window to reconfirm");
        }

        if (ArrivedAt is not null)
        {
            throw new BusinessRuleViolationException("WO-20", "the technician has already arrived; there is no visit left to reconfirm");
        }

        var now = clock.GetUtcNow();
        if (Appointment.ReconfirmedAt is null)
        {
            Appointment = Appointment.Reconfirmed(at ?? now);
            Raise(new WorkRecorded(Id, "visit reconfirmed", now));
        }
    }

    /// <summary>
    /// WO-20 (r2): the move from the current window to <paramref name="next"/>, or null when nothing moves (no window yet,
    /// or the same one again). A move needs its reason; the customer was told at <paramref name="customerToldAt"/>.
    /// Checked before the contact changes anything, added by <see cref="RecordVisitMove"/> after.
    /// </summary>
    private VisitMove? VisitMoveTo(Appointment? next, string? reason, DateTimeOffset customerToldAt, DateTimeOffset now)
    {
        if (Appointment is null || next is null || Appointment.IsSameWindow(next))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleViolationException("WO-20", "moving an agreed visit needs the reason");
        }

        return new VisitMove(Appointment, next, reason, customerToldAt, now);
    }

    private void RecordVisitMove(VisitMove? move)
    {
        if (move is not null)
        {
            _visitMoves.Add(move);
        }
    }
}
