using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AfterSales.Domain.Scheduling;

namespace AfterSales.Application.WorkOrders;

/// <summary>
/// [Sla:WorkingHours] — WO-7's working week: periods per weekday ("08:30-12:00,13:00-17:30"). Holidays and make-up
/// working days are data (WO-7 r2, <c>/calendar/{year}</c>), read through <see cref="Abstractions.IWorkingCalendars"/>.
/// </summary>
public sealed class WorkingHoursOptions
{
    public Dictionary<DayOfWeek, string> Week { get; set; } = new()
    {
        [DayOfWeek.Monday] = "08:30-17:30",
        [DayOfWeek.Tuesday] = "08:30-17:30",
        [DayOfWeek.Wednesday] = "08:30-17:30",
        [DayOfWeek.Thursday] = "08:30-17:30",
        [DayOfWeek.Friday] = "08:30-17:30",
    };

    /// <summary>
    /// Public holidays are published a year at a time. From this many days before a year starts, a year that lists
    /// none makes /health/ready report Degraded: its deadlines would count the holidays as working time.
    /// </summary>
    [Range(0, 365)]
    public int HolidayWarningDays { get; set; } = 45;

    /// <summary>The years from <paramref name="today"/> to <see cref="HolidayWarningDays"/> ahead that are not among <paramref name="yearsWithHolidays"/>.</summary>
    public IReadOnlyList<int> YearsWithoutHolidays(DateOnly today, IReadOnlySet<int> yearsWithHolidays) =>
        [.. Enumerable.Range(today.Year, today.AddDays(HolidayWarningDays).Year - today.Year + 1).Where(year => !yearsWithHolidays.Contains(year))];

    /// <summary>The configured week in <paramref name="timeZone"/> with the calendar's holidays and make-up working days.</summary>
    public WorkingCalendar Calendar(TimeZoneInfo timeZone, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkingDays) => new(
        timeZone,
        Week.ToDictionary(day => day.Key, day => (IReadOnlyList<WorkingPeriod>)Periods(day.Value)),
        holidays,
        makeUpWorkingDays);

    private static List<WorkingPeriod> Periods(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(period => period.Split('-', StringSplitOptions.TrimEntries))
            .Select(bounds => new WorkingPeriod(
                TimeOnly.ParseExact(bounds[0], "HH:mm", CultureInfo.InvariantCulture),
                TimeOnly.ParseExact(bounds[1], "HH:mm", CultureInfo.InvariantCulture)))];
}
