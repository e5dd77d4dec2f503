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
}
