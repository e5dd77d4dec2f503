using AfterSales.Domain.Customers;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.ServiceLevels;

namespace AfterSales.Domain.WorkOrders;

/// <summary>The numbers of WO-5 and WO-6: wall-clock hours for most clocks, working hours for arrival, and the grace before an arrival is late.</summary>
public sealed record SlaTerms(
    TimeSpan Dispatch,
    TimeSpan Contact,
    TimeSpan Plan,
    TimeSpan Resolution,
    TimeSpan FollowUp,
    IReadOnlyDictionary<Zone, TimeSpan> ArrivalWorkingTime,
    TimeSpan AppointmentGrace);

/// <summary>Computes each clock's deadline from its start (WO-6, WO-7).</summary>
public sealed class SlaPolicy(SlaTerms terms, WorkingCalendar calendar)
{
    public WorkingCalendar Calendar => calendar;

    /// <summary>WO-5: arriving later than this after the appointment window opens is a late arrival.</summary>
    public TimeSpan AppointmentGrace => terms.AppointmentGrace;

    public DateTimeOffset DeadlineFor(SlaClockName clock, DateTimeOffset start, Zone zone) => clock switch
    {
        SlaClockName.Dispatch => start + terms.Dispatch,
        SlaClockName.Contact => start + terms.Contact,
        SlaClockName.Plan => start + terms.Plan,
        SlaClockName.Resolution => start + terms.Resolution,
        SlaClockName.FollowUp => start + terms.FollowUp,
        SlaClockName.Arrival => calendar.AddWorkingTime(start, terms.ArrivalWorkingTime[zone]),
        _ => throw new ArgumentOutOfRangeException(nameof(clock), clock, null),
    };
}
