using System.Collections.Frozen;

namespace AfterSales.Domain.Scheduling;

/// <summary>One working period of a day in company-local time, e.g. 08:30–17:30; it starts before it ends.</summary>
public sealed record WorkingPeriod(TimeOnly Start, TimeOnly End);

/// <summary>
/// The company's working week, holidays and make-up working days in its time zone (WO-7). It counts
/// the working hours of the arrival clock (WO-6) and the working days of appeals (CP-8) and
/// receivables (WO-12). Immutable, so one instance can serve every request.
/// </summary>
public sealed class WorkingCalendar
{
    // Indexed by (int)DayOfWeek; each day's periods sorted by start and not overlapping.
    private readonly WorkingPeriod[][] _week;
    private readonly FrozenSet<DateOnly> _holidays;
    private readonly FrozenSet<DateOnly> _extraWorkingDays;

    /// <param name="timeZone">The company's time zone; the periods are wall-clock times in it.</param>
    /// <param name="week">Working periods per day; a day missing or without periods is not worked.</param>
    /// <param name="holidays">Days not worked even when the week works them.</param>
    /// <param name="extraWorkingDays">Days the week does not work that are worked with Monday's periods (China's make-up days, 调休).</param>
    public WorkingCalendar(
        TimeZoneInfo timeZone,
        IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> week,
        IEnumerable<DateOnly> holidays,
        IEnumerable<DateOnly> extraWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(extraWorkingDays);

        TimeZone = timeZone;
        _week = ValidWeek(week);
        _holidays = holidays.ToFrozenSet();
        _extraWorkingDays = ValidExtraWorkingDays(extraWorkingDays, _week, _holidays);
    }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>WO-7's default: Monday–Friday 08:30–17:30.</summary>
    public static WorkingCalendar Standard(TimeZoneInfo timeZone, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> extraWorkingDays)
    {
        IReadOnlyList<WorkingPeriod> day = [new WorkingPeriod(new TimeOnly(8, 30), new TimeOnly(17, 30))];
        var week = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>
        {
            [DayOfWeek.Monday] = day,
            [DayOfWeek.Tuesday] = day,
            [DayOfWeek.Wednesday] = day,
            [DayOfWeek.Thursday] = day,
            [DayOfWeek.Friday] = day,
        };
        return new WorkingCalendar(timeZone, week, holidays, extraWorkingDays);
    }

    /// <summary>The company-local date of an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(instant.UtcDateTime, TimeZone));

    /// <summary>
    /// The instants a company-local date begins and ends (end exclusive), so reports by day (WO-14) can
    /// select stored UTC times by range; a daylight-saving change makes the day 23 or 25 hours long.
    /// </summary>
    public (DateTimeOffset Start, DateTimeOffset End) Day(DateOnly date) =>
        (ToInstant(date, TimeOnly.MinValue), ToInstant(date.AddDays(1), TimeOnly.MinValue));

    public bool IsWorkingDay(DateOnly date) => PeriodsOn(date).Length > 0;

    /// <summary>
    /// WO-7: why <paramref name="day"/> cannot be a make-up working day of this week beside <paramref name="holidays"/>,
    /// or null when it can; the same rule the constructor enforces, for a calendar edited through the API.
    /// </summary>
    public string? MakeUpDayProblem(DateOnly day, IReadOnlySet<DateOnly> holidays) => MakeUpDayProblem(day, _week, holidays);

    /// <summary>
    /// The instant, in UTC, at which <paramref name="workingTime"/> of working time has passed after
    /// <paramref name="start"/>; counting outside working time begins at the next period's start. A
    /// deadline that falls on a period's end is that end, not the next period's start.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        if (workingTime == TimeSpan.Zero)
        {
            return start;
        }

        var remaining = workingTime;

        // Working time before this instant has been dealt with. Advancing it past every counted period
        // counts once any periods that convert to the same instants, as .NET converts the day Samoa
        // skipped (it does not report that day's times as invalid).
        var countedUntil = start;

        // The constructor guarantees a working period every week, so this ends.
        for (var date = LocalDate(start); ; date = date.AddDays(1))
        {
            foreach (var (periodStart, periodEnd) in IntervalsOn(date))
            {
                var from = Later(periodStart, countedUntil);
                if (periodEnd <= from)
                {
                    continue;
                }

                var available = periodEnd - from;
                if (remaining <= available)
                {
                    return (from + remaining).ToUniversalTime();
                }

                remaining -= available;
                countedUntil = periodEnd;
            }
        }
    }

    /// <summary>The working time between two instants; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from)
        {
            return total;
        }

        // As in AddWorkingTime, nothing before this instant is counted again.
        var countedUntil = from;
        var lastDate = LocalDate(to);
        for (var date = LocalDate(from); date <= lastDate; date = date.AddDays(1))
        {
            foreach (var (periodStart, periodEnd) in IntervalsOn(date))
            {
                var overlapStart = Later(periodStart, countedUntil);
                var overlapEnd = Earlier(periodEnd, to);
                if (overlapEnd > overlapStart)
                {
                    total += overlapEnd - overlapStart;
                    countedUntil = overlapEnd;
                }
            }
        }

        return total;
    }

    /// <summary>
    /// PS-1: the instant <paramref name="hours"/> calendar hours after <paramref name="start"/>, the company-local days that
    /// are public holidays not counted (weekends are: the parts desk's clocks run through them). A start on a holiday
    /// counts from the next day that is not one.
    /// </summary>
    public DateTimeOffset AddCalendarHoursSkippingHolidays(DateTimeOffset start, TimeSpan hours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hours, TimeSpan.Zero);
        var remaining = hours;
        var countedUntil = start;

        // A year's holidays are finite, so a day that counts comes within a year.
        for (var date = LocalDate(start); ; date = date.AddDays(1))
        {
            if (_holidays.Contains(date))
            {
                continue;
            }

            var (dayStart, dayEnd) = Day(date);
            var from = Later(dayStart, countedUntil);
            var available = dayEnd - from;
            if (remaining <= available)
            {
                return (from + remaining).ToUniversalTime();
            }

            remaining -= available;
            countedUntil = dayEnd;
        }
    }

    /// <summary>The date <paramref name="days"/> working days after <paramref name="date"/>, counting only working days after it.</summary>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var result = date;
        while (days > 0)
        {
            result = result.AddDays(1);
            if (IsWorkingDay(result))
            {
                days--;
            }
        }

        return result;
    }

    /// <summary>How many working days come after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when <paramref name="to"/> is not later.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>When working day <paramref name="date"/> ends (its last period's end, WO-18), or null when it is not worked.</summary>
    public DateTimeOffset? EndOfWorkingDay(DateOnly date) => PeriodsOn(date) is { Length: > 0 } periods ? ToInstant(date, periods[^1].End) : null;

    /// <summary>The end of the last working day before <paramref name="date"/>: an order arriving after it arrived on the next working day (WO-18).</summary>
    public DateTimeOffset EndOfPreviousWorkingDay(DateOnly date)
    {
        // The week has a working period (ValidWeek), so the loop ends within a week and a year's holidays.
        for (var day = date.AddDays(-1); ; day = day.AddDays(-1))
        {
            if (EndOfWorkingDay(day) is { } end)
            {
                return end;
            }
        }
    }

    private static WorkingPeriod[][] ValidWeek(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> week)
    {
        var days = new WorkingPeriod[7][];
        Array.Fill(days, []);
        foreach (var (day, periods) in week)
        {
            if (!Enum.IsDefined(day))
            {
                throw new ArgumentException($"'{day}' is not a day of the week.", nameof(week));
            }

            ArgumentNullException.ThrowIfNull(periods, nameof(week));
            var sorted = periods.OrderBy(period => period.Start).ToArray();
            for (var i = 0; i < sorted.Length; i++)
            {
                if (sorted[i].Start >= sorted[i].End)
                {
                    throw new ArgumentException($"{day}'s period {Describe(sorted[i])} does not end after it starts.", nameof(week));
                }

                if (i > 0 && sorted[i].Start < sorted[i - 1].End)
                {
                    throw new ArgumentException($"{day}'s periods {Describe(sorted[i - 1])} and {Describe(sorted[i])} overlap.", nameof(week));
                }
            }

            days[(int)day] = sorted;
        }

        if (days.All(periods => periods.Length == 0))
        {
            throw new ArgumentException("The week has no working period, so no deadline could ever be reached.", nameof(week));
        }

        return days;
    }

    private static FrozenSet<DateOnly> ValidExtraWorkingDays(IEnumerable<DateOnly> extraWorkingDays, WorkingPeriod[][] week, FrozenSet<DateOnly> holidays)
    {
        var days = extraWorkingDays.ToFrozenSet();
        foreach (var day in days)
        {
            if (MakeUpDayProblem(day, week, holidays) is { } problem)
            {
                throw new ArgumentException(problem, nameof(extraWorkingDays));
            }
        }

        return days;
    }

    private static string? MakeUpDayProblem(DateOnly day, WorkingPeriod[][] week, IReadOnlySet<DateOnly> holidays)
    {
        if (week[(int)DayOfWeek.Monday].Length == 0)
        {
            return "Extra working days work Monday's periods, but Monday has none.";
        }

        if (holidays.Contains(day))
        {
            return $"{day:yyyy-MM-dd} is both a holiday and an extra working day.";
        }

        // Most likely a mistyped date: a make-up day replaces a day the week does not work.
        return week[(int)day.DayOfWeek].Length > 0 ? $"{day:yyyy-MM-dd} is a {day.DayOfWeek}, which is already a working day." : null;
    }

    private static string Describe(WorkingPeriod period) => $"{period.Start:HH\\:mm}–{period.End:HH\\:mm}";

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private WorkingPeriod[] PeriodsOn(DateOnly date)
    {
        if (_holidays.Contains(date))
        {
            return [];
        }

        return _extraWorkingDays.Contains(date) ? _week[(int)DayOfWeek.Monday] : _week[(int)date.DayOfWeek];
    }

    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> IntervalsOn(DateOnly date)
    {
        foreach (var period in PeriodsOn(date))
        {
            yield return (ToInstant(date, period.Start), ToInstant(date, period.End));
        }
    }

    /// <summary>The UTC instant of a wall-clock time, across daylight-saving changes.</summary>
    private DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        if (TimeZone.IsInvalidTime(local))
        {
            // The clock jumps over this time: a period starting in the gap starts when the clock
            // resumes and one ending in it ends when the clock jumps, and both are the jump's instant.
            // A period wholly inside the gap shrinks to nothing that day.
            return new DateTimeOffset(InstantOfJumpOver(local));
        }

        if (TimeZone.IsAmbiguousTime(local))
        {
            // When the clock falls back the time is shown twice; work starts and stops the first time.
            var firstOffset = TimeZone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(DateTime.SpecifyKind(local - firstOffset, DateTimeKind.Utc));
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, TimeZone));
    }

    private DateTime InstantOfJumpOver(DateTime skippedLocal)
    {
        // Reading a skipped time with the offset of one side of the jump lands on the other side, so
        // two readings give both offsets; the jump lies between the two readings.
        var first = TimeZone.GetUtcOffset(DateTime.SpecifyKind(skippedLocal - TimeZone.BaseUtcOffset, DateTimeKind.Utc));
        var second = TimeZone.GetUtcOffset(DateTime.SpecifyKind(skippedLocal - first, DateTimeKind.Utc));
        var (offsetBefore, offsetAfter) = first < second ? (first, second) : (second, first);
        var beforeJump = (skippedLocal - offsetAfter).Ticks;
        var afterJump = (skippedLocal - offsetBefore).Ticks;

        // Jumps are not always on the hour (some zones shift by 30 minutes or at odd times), so search for it.
        while (afterJump - beforeJump > 1)
        {
            var middle = beforeJump + ((afterJump - beforeJump) / 2);
            if (TimeZone.GetUtcOffset(new DateTime(middle, DateTimeKind.Utc)) == offsetBefore)
            {
                beforeJump = middle;
            }
            else
            {
                afterJump = middle;
            }
        }

        return new DateTime(afterJump, DateTimeKind.Utc);
    }
}
