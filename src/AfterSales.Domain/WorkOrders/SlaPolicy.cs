using AfterSales.Domain.Customers;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.ServiceLevels;

namespace AfterSales.Domain.WorkOrders;

/// <summary>
/// The numbers of WO-5, WO-6 and WO-17: wall-clock hours for most clocks, working hours for arrival, the grace before
/// an arrival is late, and how long an overdue field clock waits for a step still on a phone offline.
/// </summary>
public sealed record SlaTerms(
    TimeSpan Dispatch,
    TimeSpan Contact,
    TimeSpan Plan,
    TimeSpan Resolution,
    TimeSpan FollowUp,
    IReadOnlyDictionary<Zone, TimeSpan> ArrivalWorkingTime,
    TimeSpan AppointmentGrace,
    TimeSpan FieldSyncGrace);

/// <summary>Computes each clock's deadline from its start (WO-6, WO-7) and its grace once overdue (WO-17).</summary>
public sealed class SlaPolicy(SlaTerms terms, WorkingCalendar calendar)
{
    /// <summary>WO-6: the clocks every work order has.</summary>
    public static readonly IReadOnlyList<SlaClockName> Clocks =
        [SlaClockName.Dispatch, SlaClockName.Contact, SlaClockName.Plan, SlaClockName.Arrival, SlaClockName.Resolution, SlaClockName.FollowUp];

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

    /// <summary>
    /// WO-17: a clock stopped by a technician's step (a field clock) waits [Sla:FieldSyncGraceHours] past its deadline
    /// before it is breached, because the step may have been done in time on a phone that has not synced; the office's
    /// clocks (dispatch, follow-up) are breached at their deadline.
    /// </summary>
    public TimeSpan GraceFor(SlaClockName clock) => clock switch
    {
        SlaClockName.Contact or SlaClockName.Plan or SlaClockName.Arrival or SlaClockName.Resolution => terms.FieldSyncGrace,
        _ => TimeSpan.Zero,
    };
}
