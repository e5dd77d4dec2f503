using AfterSales.Domain.Scheduling;

namespace AfterSales.Domain.PartsReplacements;

/// <summary>
/// The numbers of PS-1 [PartsShipping]: calendar hours to respond and to ship, public holidays not counted (weekends are),
/// on the company's calendar (WO-7), whose holidays are data.
/// </summary>
public sealed class PartsShippingPolicy(TimeSpan respondWithin, TimeSpan shipWithin, WorkingCalendar calendar)
{
    public WorkingCalendar Calendar => calendar;

    public DateTimeOffset RespondBy(DateTimeOffset requestedAt) => calendar.AddCalendarHoursSkippingHolidays(requestedAt, respondWithin);

    public DateTimeOffset ShipBy(DateTimeOffset requestedAt) => calendar.AddCalendarHoursSkippingHolidays(requestedAt, shipWithin);
}
