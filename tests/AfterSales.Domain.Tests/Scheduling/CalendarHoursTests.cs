using static AfterSales.Domain.Tests.Scheduling.StateCouncil2026;

namespace AfterSales.Domain.Tests.Scheduling;

/// <summary>PS-1: calendar hours that skip public holidays but not weekends, on the State Council's 2026 schedule.</summary>
public sealed class CalendarHoursTests
{
    [Test]
    public void PS1_weekend_hours_count()
    {
        // Friday 2026-03-13 10:00 is no holiday, nor are Saturday 03-14 and Sunday 03-15: 24 h → Saturday 10:00, 48 h → Sunday 10:00.
        Assert.Multiple(() =>
        {
            Assert.That(Calendar.AddCalendarHoursSkippingHolidays(InShanghai(3, 13, 10), TimeSpan.FromHours(24)), Is.EqualTo(InShanghai(3, 14, 10)));
            Assert.That(Calendar.AddCalendarHoursSkippingHolidays(InShanghai(3, 13, 10), TimeSpan.FromHours(48)), Is.EqualTo(InShanghai(3, 15, 10)));
        });
    }

    [Test]
    public void PS1_national_day_is_skipped()
    {
        // Wednesday 2026-09-30 10:00: 14 h to midnight; 10-01..10-07 are holidays, so 10 h more from Thursday 10-08 00:00
        // → 10-08 10:00 for 24 h; for 48 h: 14 + 24 (all of 10-08) = 38, 10 more → Friday 10-09 10:00.
        Assert.Multiple(() =>
        {
            Assert.That(Calendar.AddCalendarHoursSkippingHolidays(InShanghai(9, 30, 10), TimeSpan.FromHours(24)), Is.EqualTo(InShanghai(10, 8, 10)));
            Assert.That(Calendar.AddCalendarHoursSkippingHolidays(InShanghai(9, 30, 10), TimeSpan.FromHours(48)), Is.EqualTo(InShanghai(10, 9, 10)));
        });
    }

    [Test]
    public void PS1_a_start_on_a_holiday_counts_from_the_next_day_that_is_not_one()
    {
        // Saturday 2026-10-03 15:00 is in National Day (10-01..10-07): counting starts Thursday 10-08 00:00 → 24 h is Friday 10-09 00:00.
        Assert.That(Calendar.AddCalendarHoursSkippingHolidays(InShanghai(10, 3, 15), TimeSpan.FromHours(24)), Is.EqualTo(InShanghai(10, 9, 0)));
    }

    [Test]
    public void PS1_a_make_up_working_day_counts_like_any_other_day()
    {
        // Saturday 2026-10-10 is a make-up working day, not a holiday: Friday 10-09 12:00 + 24 h → Saturday 10-10 12:00.
        Assert.That(Calendar.AddCalendarHoursSkippingHolidays(InShanghai(10, 9, 12), TimeSpan.FromHours(24)), Is.EqualTo(InShanghai(10, 10, 12)));
    }
}
