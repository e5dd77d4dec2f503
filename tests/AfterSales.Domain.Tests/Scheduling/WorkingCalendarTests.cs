using AfterSales.Domain.Scheduling;

namespace AfterSales.Domain.Tests.Scheduling;

public sealed class WorkingCalendarTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeSpan Urban = TimeSpan.FromHours(6);
    private static readonly TimeSpan Suburban = TimeSpan.FromHours(7);

    // National Day 2026 and its make-up Saturday.
    private static readonly DateOnly[] NationalDay = [.. Enumerable.Range(1, 7).Select(day => new DateOnly(2026, 10, day))];
    private static readonly DateOnly MakeUpSaturday = new(2026, 10, 10);

    private static readonly WorkingCalendar Calendar = WorkingCalendar.Standard(Shanghai, NationalDay, [MakeUpSaturday]);

    private static DateTimeOffset InShanghai(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static WorkingCalendar Week(TimeZoneInfo timeZone, DayOfWeek day, params WorkingPeriod[] periods) =>
        new(timeZone, new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> { [day] = periods }, [], []);

    private static WorkingPeriod Period(int startHour, int startMinute, int endHour, int endMinute) =>
        new(new TimeOnly(startHour, startMinute), new TimeOnly(endHour, endMinute));

    [Test]
    public void WO7_an_urban_order_received_friday_16_00_is_due_monday_13_00()
    {
        var deadline = Calendar.AddWorkingTime(InShanghai(11, 20, 16), Urban);

        Assert.That(deadline, Is.EqualTo(InShanghai(11, 23, 13)));
    }

    [Test]
    public void WO7_a_deadline_is_given_in_utc()
    {
        var deadline = Calendar.AddWorkingTime(InShanghai(11, 20, 16), Urban);

        Assert.That(deadline, Is.EqualTo(new DateTimeOffset(2026, 11, 23, 5, 0, 0, TimeSpan.Zero)));
        Assert.That(deadline.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void WO7_a_suburban_order_received_before_a_holiday_is_due_on_the_first_working_day_after_it()
    {
        var deadline = Calendar.AddWorkingTime(InShanghai(9, 30, 15), Suburban);

        Assert.That(deadline, Is.EqualTo(InShanghai(10, 8, 13)));
    }

    [TestCase(11, 21, 9, 0, 11, 23, 14, 30, TestName = "WO7_an_order_received_saturday_morning_counts_from_monday_08_30")]
    [TestCase(11, 16, 20, 0, 11, 17, 14, 30, TestName = "WO7_an_order_received_on_a_weekday_evening_counts_from_the_next_morning")]
    [TestCase(11, 17, 7, 0, 11, 17, 14, 30, TestName = "WO7_an_order_received_before_08_30_counts_from_08_30")]
    [TestCase(11, 16, 17, 30, 11, 17, 14, 30, TestName = "WO7_an_order_received_at_17_30_counts_from_the_next_morning")]
    [TestCase(10, 3, 10, 0, 10, 8, 14, 30, TestName = "WO7_an_order_received_on_a_holiday_counts_from_the_next_working_day")]
    public void WO7_an_order_received_outside_working_hours_counts_from_the_next_period(
        int month, int day, int hour, int minute, int dueMonth, int dueDay, int dueHour, int dueMinute)
    {
        var deadline = Calendar.AddWorkingTime(InShanghai(month, day, hour, minute), Urban);

        Assert.That(deadline, Is.EqualTo(InShanghai(dueMonth, dueDay, dueHour, dueMinute)));
    }

    [Test]
    public void WO7_a_deadline_landing_on_17_30_is_17_30_not_the_next_morning()
    {
        var deadline = Calendar.AddWorkingTime(InShanghai(11, 16, 11, 30), Urban);

        Assert.That(deadline, Is.EqualTo(InShanghai(11, 16, 17, 30)));
    }

    [Test]
    public void WO7_a_deadline_landing_on_a_lunch_break_is_the_end_of_the_morning()
    {
        var calendar = Week(Shanghai, DayOfWeek.Monday, Period(13, 30, 17, 30), Period(8, 30, 12, 0));

        Assert.Multiple(() =>
        {
            Assert.That(calendar.AddWorkingTime(InShanghai(11, 16, 11, 0), TimeSpan.FromHours(1)), Is.EqualTo(InShanghai(11, 16, 12, 0)));
            Assert.That(calendar.AddWorkingTime(InShanghai(11, 16, 11, 0), TimeSpan.FromHours(2)), Is.EqualTo(InShanghai(11, 16, 14, 30)));
            Assert.That(calendar.AddWorkingTime(InShanghai(11, 16, 12, 30), TimeSpan.FromHours(1)), Is.EqualTo(InShanghai(11, 16, 14, 30)));
        });
    }

    [Test]
    public void WO7_a_make_up_saturday_is_worked_with_monday_hours()
    {
        var deadline = Calendar.AddWorkingTime(InShanghai(10, 9, 16), Urban);

        Assert.That(deadline, Is.EqualTo(InShanghai(10, 10, 13)));
        Assert.That(Calendar.IsWorkingDay(MakeUpSaturday), Is.True);
    }

    [TestCase(2026, 11, 16, true, TestName = "WO7_working_days_include_monday")]
    [TestCase(2026, 11, 21, false, TestName = "WO7_working_days_exclude_saturday")]
    [TestCase(2026, 11, 22, false, TestName = "WO7_working_days_exclude_sunday")]
    [TestCase(2026, 10, 5, false, TestName = "WO7_working_days_exclude_a_holiday_monday")]
    [TestCase(2026, 10, 10, true, TestName = "WO7_working_days_include_a_make_up_saturday")]
    public void WO7_working_days_follow_the_week_holidays_and_make_up_days(int year, int month, int day, bool working)
    {
        Assert.That(Calendar.IsWorkingDay(new DateOnly(year, month, day)), Is.EqualTo(working));
    }

    [Test]
    public void WO7_zero_working_time_returns_the_start_unchanged()
    {
        var saturday = InShanghai(11, 21, 9);

        var deadline = Calendar.AddWorkingTime(saturday, TimeSpan.Zero);

        Assert.That(deadline, Is.EqualTo(saturday));
        Assert.That(deadline.Offset, Is.EqualTo(saturday.Offset));
    }

    [Test]
    public void WO7_two_hundred_working_hours_span_five_weeks()
    {
        var deadline = Calendar.AddWorkingTime(InShanghai(11, 16, 8, 30), TimeSpan.FromHours(200));

        Assert.That(deadline, Is.EqualTo(InShanghai(12, 16, 10, 30)));
    }

    [Test]
    public void WO7_negative_working_time_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingTime(InShanghai(11, 16, 9), TimeSpan.FromMinutes(-1)));
    }

    [Test]
    public void WO7_working_time_across_a_weekend_counts_only_working_hours()
    {
        Assert.That(Calendar.WorkingTimeBetween(InShanghai(11, 20, 16), InShanghai(11, 23, 13)), Is.EqualTo(Urban));
    }

    [Test]
    public void WO7_working_time_in_a_full_week_is_45_hours()
    {
        Assert.That(Calendar.WorkingTimeBetween(InShanghai(11, 16, 0), InShanghai(11, 23, 0)), Is.EqualTo(TimeSpan.FromHours(45)));
    }

    [Test]
    public void WO7_working_time_over_a_holiday_week_counts_only_the_days_around_it()
    {
        Assert.That(Calendar.WorkingTimeBetween(InShanghai(9, 30, 15), InShanghai(10, 8, 13)), Is.EqualTo(Suburban));
    }

    [TestCase(11, 21, 0, 11, 22, 23, TestName = "WO7_working_time_over_a_weekend_alone_is_zero")]
    [TestCase(11, 17, 12, 11, 17, 12, TestName = "WO7_working_time_between_an_instant_and_itself_is_zero")]
    [TestCase(11, 17, 12, 11, 16, 12, TestName = "WO7_working_time_backwards_is_zero")]
    public void WO7_working_time_is_zero_when_nothing_is_worked(int fromMonth, int fromDay, int fromHour, int toMonth, int toDay, int toHour)
    {
        Assert.That(Calendar.WorkingTimeBetween(InShanghai(fromMonth, fromDay, fromHour), InShanghai(toMonth, toDay, toHour)), Is.EqualTo(TimeSpan.Zero));
    }

    [TestCase(11, 20, 16, 0, 360)]
    [TestCase(11, 21, 9, 0, 420)]
    [TestCase(9, 30, 15, 0, 420)]
    [TestCase(10, 9, 17, 29, 1)]
    [TestCase(11, 16, 8, 30, 540)]
    [TestCase(11, 16, 8, 30, 12_000)]
    public void WO7_counting_back_the_working_time_to_a_deadline_gives_the_working_time(int month, int day, int hour, int minute, int minutes)
    {
        var start = InShanghai(month, day, hour, minute);
        var workingTime = TimeSpan.FromMinutes(minutes);

        Assert.That(Calendar.WorkingTimeBetween(start, Calendar.AddWorkingTime(start, workingTime)), Is.EqualTo(workingTime));
    }

    [TestCase(11, 20, 16, 0, 11, 23, 13, 0)]
    [TestCase(11, 21, 9, 0, 11, 24, 9, 15)]
    [TestCase(9, 30, 15, 0, 10, 10, 17, 30)]
    public void WO7_adding_the_working_time_between_two_instants_reaches_the_second(
        int fromMonth, int fromDay, int fromHour, int fromMinute, int toMonth, int toDay, int toHour, int toMinute)
    {
        var from = InShanghai(fromMonth, fromDay, fromHour, fromMinute);
        var to = InShanghai(toMonth, toDay, toHour, toMinute);

        Assert.That(Calendar.AddWorkingTime(from, Calendar.WorkingTimeBetween(from, to)), Is.EqualTo(to));
    }

    [Test]
    public void WO7_working_days_monday_plus_five_is_the_next_monday()
    {
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 11, 16), 5), Is.EqualTo(new DateOnly(2026, 11, 23)));
    }

    [Test]
    public void WO7_working_days_friday_plus_one_is_monday()
    {
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 11, 20), 1), Is.EqualTo(new DateOnly(2026, 11, 23)));
    }

    [Test]
    public void WO7_working_days_skip_a_holiday_and_count_a_make_up_day()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 1), Is.EqualTo(new DateOnly(2026, 10, 8)));
            Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 3), Is.EqualTo(new DateOnly(2026, 10, 10)));
            Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 5), Is.EqualTo(new DateOnly(2026, 10, 13)));
        });
    }

    [Test]
    public void WO7_working_days_counted_from_a_weekend_start_on_monday()
    {
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 11, 21), 1), Is.EqualTo(new DateOnly(2026, 11, 23)));
    }

    [Test]
    public void WO7_working_days_zero_returns_the_date_even_when_not_worked()
    {
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 11, 21), 0), Is.EqualTo(new DateOnly(2026, 11, 21)));
    }

    [Test]
    public void WO7_working_days_cannot_be_negative()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new DateOnly(2026, 11, 16), -1));
    }

    [Test]
    public void WO7_the_local_date_is_the_company_date_not_the_utc_date()
    {
        var instant = new DateTimeOffset(2026, 11, 16, 16, 30, 0, TimeSpan.Zero);

        Assert.That(Calendar.LocalDate(instant), Is.EqualTo(new DateOnly(2026, 11, 17)));
    }

    [Test]
    public void WO14_a_shanghai_day_runs_from_16_00_utc_the_day_before()
    {
        var (start, end) = Calendar.Day(new DateOnly(2026, 11, 16));

        Assert.Multiple(() =>
        {
            Assert.That(start, Is.EqualTo(new DateTimeOffset(2026, 11, 15, 16, 0, 0, TimeSpan.Zero)));
            Assert.That(end, Is.EqualTo(new DateTimeOffset(2026, 11, 16, 16, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void WO14_the_day_daylight_saving_starts_lasts_23_hours()
    {
        var (start, end) = WorkingCalendar.Standard(Berlin, [], []).Day(new DateOnly(2026, 3, 29));

        Assert.Multiple(() =>
        {
            Assert.That(start, Is.EqualTo(new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.FromHours(1))));
            Assert.That(end - start, Is.EqualTo(TimeSpan.FromHours(23)));
        });
    }

    [Test]
    public void WO7_working_hours_follow_the_wall_clock_when_daylight_saving_starts()
    {
        var calendar = WorkingCalendar.Standard(Berlin, [], []);
        var fridayWinter = new DateTimeOffset(2026, 3, 27, 16, 0, 0, TimeSpan.FromHours(1));
        var mondaySummer = new DateTimeOffset(2026, 3, 30, 13, 0, 0, TimeSpan.FromHours(2));

        Assert.Multiple(() =>
        {
            Assert.That(calendar.AddWorkingTime(fridayWinter, Urban), Is.EqualTo(mondaySummer));
            Assert.That(calendar.WorkingTimeBetween(fridayWinter, mondaySummer), Is.EqualTo(Urban));
        });
    }

    [Test]
    public void WO7_a_period_starting_in_the_skipped_hour_starts_when_the_clock_resumes()
    {
        // On 2026-03-29 Berlin's clocks jump from 02:00 to 03:00 (01:00 UTC).
        var calendar = Week(Berlin, DayOfWeek.Sunday, Period(2, 30, 5, 0));
        var saturday = new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.FromHours(1));
        var monday = new DateTimeOffset(2026, 3, 30, 12, 0, 0, TimeSpan.FromHours(2));

        Assert.Multiple(() =>
        {
            Assert.That(calendar.WorkingTimeBetween(saturday, monday), Is.EqualTo(TimeSpan.FromHours(2)));
            Assert.That(calendar.AddWorkingTime(saturday, TimeSpan.FromMinutes(1)), Is.EqualTo(new DateTimeOffset(2026, 3, 29, 1, 1, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void WO7_a_period_ending_in_the_skipped_hour_ends_when_the_clock_jumps()
    {
        var calendar = Week(Berlin, DayOfWeek.Sunday, Period(1, 0, 2, 30));
        var saturday = new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.FromHours(1));
        var monday = new DateTimeOffset(2026, 3, 30, 12, 0, 0, TimeSpan.FromHours(2));

        Assert.Multiple(() =>
        {
            Assert.That(calendar.WorkingTimeBetween(saturday, monday), Is.EqualTo(TimeSpan.FromHours(1)));
            Assert.That(calendar.AddWorkingTime(saturday, TimeSpan.FromHours(1)), Is.EqualTo(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void WO7_a_period_wholly_in_the_skipped_hour_is_not_worked_that_day()
    {
        var calendar = Week(Berlin, DayOfWeek.Sunday, Period(2, 10, 2, 50));
        var saturday = new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.FromHours(1));

        Assert.That(calendar.AddWorkingTime(saturday, TimeSpan.FromMinutes(30)), Is.EqualTo(new DateTimeOffset(2026, 4, 5, 2, 40, 0, TimeSpan.FromHours(2))));
    }

    [Test]
    public void WO7_a_day_the_clock_skips_is_not_worked()
    {
        // Samoa moved across the date line by skipping Friday 2011-12-30.
        var calendar = WorkingCalendar.Standard(TimeZoneInfo.FindSystemTimeZoneById("Pacific/Apia"), [], []);
        var thursday = new DateTimeOffset(2011, 12, 29, 17, 0, 0, TimeSpan.FromHours(-10));
        var monday = new DateTimeOffset(2012, 1, 2, 9, 0, 0, TimeSpan.FromHours(14));

        Assert.Multiple(() =>
        {
            Assert.That(calendar.AddWorkingTime(thursday, TimeSpan.FromHours(1)), Is.EqualTo(monday));
            Assert.That(calendar.WorkingTimeBetween(thursday, monday), Is.EqualTo(TimeSpan.FromHours(1)));
        });
    }

    [Test]
    public void WO7_a_period_over_the_repeated_hour_counts_the_time_actually_worked()
    {
        // On 2026-10-25 Berlin's clocks fall back from 03:00 to 02:00, so 01:00–04:00 lasts four hours
        // and a period starting at 02:30 starts the first time the clock shows it.
        var saturday = new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.FromHours(2));
        var monday = new DateTimeOffset(2026, 10, 26, 12, 0, 0, TimeSpan.FromHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(Week(Berlin, DayOfWeek.Sunday, Period(1, 0, 4, 0)).WorkingTimeBetween(saturday, monday), Is.EqualTo(TimeSpan.FromHours(4)));
            Assert.That(
                Week(Berlin, DayOfWeek.Sunday, Period(2, 30, 4, 0)).AddWorkingTime(saturday, TimeSpan.FromMinutes(1)),
                Is.EqualTo(new DateTimeOffset(2026, 10, 25, 2, 31, 0, TimeSpan.FromHours(2))));
        });
    }

    [Test]
    public void WO7_a_period_that_does_not_end_after_it_starts_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => Week(Shanghai, DayOfWeek.Monday, Period(17, 30, 8, 30)));
            Assert.Throws<ArgumentException>(() => Week(Shanghai, DayOfWeek.Monday, Period(8, 30, 8, 30)));
        });
    }

    [Test]
    public void WO7_overlapping_periods_in_a_day_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Week(Shanghai, DayOfWeek.Monday, Period(8, 30, 12, 0), Period(11, 30, 17, 30)));
    }

    [Test]
    public void WO7_periods_that_touch_are_accepted()
    {
        var calendar = Week(Shanghai, DayOfWeek.Monday, Period(8, 30, 12, 0), Period(12, 0, 17, 30));

        Assert.That(calendar.AddWorkingTime(InShanghai(11, 16, 8, 30), TimeSpan.FromHours(9)), Is.EqualTo(InShanghai(11, 16, 17, 30)));
    }

    [Test]
    public void WO7_a_week_without_working_time_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => new WorkingCalendar(Shanghai, new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>(), [], []));
            Assert.Throws<ArgumentException>(() => Week(Shanghai, DayOfWeek.Monday));
        });
    }

    [Test]
    public void WO7_a_day_outside_the_week_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Week(Shanghai, (DayOfWeek)7, Period(8, 30, 17, 30)));
    }

    [Test]
    public void WO7_a_make_up_day_that_is_also_a_holiday_is_refused()
    {
        Assert.Throws<ArgumentException>(() => WorkingCalendar.Standard(Shanghai, [MakeUpSaturday], [MakeUpSaturday]));
    }

    [Test]
    public void WO7_a_make_up_day_the_week_already_works_is_refused()
    {
        Assert.Throws<ArgumentException>(() => WorkingCalendar.Standard(Shanghai, [], [new DateOnly(2026, 10, 9)]));
    }

    [Test]
    public void WO7_make_up_days_without_monday_hours_are_refused()
    {
        var tuesdaysOnly = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> { [DayOfWeek.Tuesday] = [Period(8, 30, 17, 30)] };

        Assert.Throws<ArgumentException>(() => new WorkingCalendar(Shanghai, tuesdaysOnly, [], [MakeUpSaturday]));
    }
}
