using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AfterSales.Domain.Scheduling;

namespace AfterSales.Application.WorkOrders;

/// <summary>[Sla:WorkingHours] — WO-7's calendar: periods per weekday ("08:30-12:00,13:00-17:30"), holidays and make-up working days.</summary>
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

    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Weekend days declared working days (调休); they follow Monday's hours.</summary>
    public List<DateOnly> ExtraWorkingDays { get; set; } = [];

    /// <summary>
    /// Public holidays are published a year at a time. From this many days before a year starts, a year that lists
    /// none makes /health/ready report Degraded: its deadlines would count the holidays as working time.
    /// </summary>
    [Range(0, 365)]
    public int HolidayWarningDays { get; set; } = 45;

    /// <summary>The years from <paramref name="today"/> to <see cref="HolidayWarningDays"/> ahead without a single listed holiday.</summary>
    public IReadOnlyList<int> YearsWithoutHolidays(DateOnly today) =>
        [.. Enumerable.Range(today.Year, today.AddDays(HolidayWarningDays).Year - today.Year + 1).Where(year => !Holidays.Any(day => day.Year == year))];

    public WorkingCalendar Calendar(TimeZoneInfo timeZone) => new(
        timeZone,
        Week.ToDictionary(day => day.Key, day => (IReadOnlyList<WorkingPeriod>)Periods(day.Value)),
        Holidays,
        ExtraWorkingDays);

    private static List<WorkingPeriod> Periods(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(period => period.Split('-', StringSplitOptions.TrimEntries))
            .Select(bounds => new WorkingPeriod(
                TimeOnly.ParseExact(bounds[0], "HH:mm", CultureInfo.InvariantCulture),
                TimeOnly.ParseExact(bounds[1], "HH:mm", CultureInfo.InvariantCulture)))];
}
