using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-5: the time window agreed with the customer.</summary>
public sealed record Appointment
{
    public Appointment(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            throw new InvalidInputException("appointmentEnd", "An appointment ends after it starts.");
        }

        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
    }

    public DateTimeOffset Start { get; private init; }

    public DateTimeOffset End { get; private init; }

    /// <summary>WO-20 (r2): when the technician reconfirmed this window with the customer; a moved window starts unconfirmed.</summary>
    public DateTimeOffset? ReconfirmedAt { get; private init; }

    /// <summary>Whether <paramref name="other"/> is the same window, reconfirmed or not.</summary>
    public bool IsSameWindow(Appointment other) => Start == other.Start && End == other.End;

    internal Appointment Reconfirmed(DateTimeOffset at) => this with { ReconfirmedAt = at.ToUniversalTime() };
}
