using AfterSales.Domain.Customers;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.ServiceLevels;

namespace AfterSales.Domain.WorkOrders;

/// <summary>
/// The numbers of WO-5, WO-6, WO-17 and WO-19: wall-clock hours for most clocks, working hours for arrival, the grace before
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
    TimeSpan FieldSyncGrace)
{
    /// <summary>WO-19: a salesperson's order registered later than this after they heard of the fault was forwarded late.</summary>
    public required TimeSpan SalesForward { get; init; }
}

/// <summary>Computes each clock's deadline from its start (WO-6, WO-7) and its grace once overdue (WO-17).</summary>
public sealed class SlaPolicy(SlaTerms terms, WorkingCalendar calendar)
{
    /// <summary>WO-6: the clocks every work order has.</summary>
    public static readonly IReadOnlyList<SlaClockName> Clocks =
        [SlaClockName.Dispatch, SlaClockName.Contact, SlaClockName.Plan, SlaClockName.Arrival, SlaClockName.Resolution, SlaClockName.FollowUp];

    public WorkingCalendar Calendar => calendar;

    /// <summary>WO-5: arriving later than this after the appointment window opens is a late arrival.</summary>
    public TimeSpan AppointmentGrace => terms.AppointmentGrace;

    /// <summary>
    /// WO-6 (r2): the policy for an order for this machine received on that day: a Remote order gets the working hours
    /// its maintenance contract names, and [Sla:ArrivalWorkingHours:Remote] only where the contract names none.
    /// </summary>
    public SlaPolicy ForContractOf(Equipment equipment, DateOnly receivedOn) =>
        equipment.ContractedArrivalHoursOn(receivedOn) is { } hours
            ? new SlaPolicy(terms with { ArrivalWorkingTime = new Dictionary<Zone, TimeSpan>(terms.ArrivalWorkingTime) { [Zone.Remote] = TimeSpan.FromHours(hours) } }, calendar)
            : this;

    /// <summary>WO-19: how long a salesperson may take to pass a fault on.</summary>
    public TimeSpan SalesForwardLimit => terms.SalesForward;

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
