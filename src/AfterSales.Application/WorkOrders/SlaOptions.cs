using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AfterSales.Application.Common.Time;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

/// <summary>[Sla] — the service-level numbers of WO-5..WO-8 and the working calendar of WO-7.</summary>
public sealed class SlaOptions
{
    public const string Section = "Sla";

    [Range(1, 720)]
    public double DispatchHours { get; set; } = 12;

    [Range(1, 720)]
    public double ContactHours { get; set; } = 12;

    [Range(1, 720)]
    public double PlanHours { get; set; } = 24;

    [Range(1, 2160)]
    public double ResolutionHours { get; set; } = 72;

    [Range(1, 720)]
    public double FollowUpHours { get; set; } = 24;

    /// <summary>WO-6: working hours to arrive on site, by zone; Remote is the contract's figure.</summary>
    public Dictionary<Zone, double> ArrivalWorkingHours { get; set; } = new()
    {
        [Zone.Urban] = 6,
        [Zone.Suburban] = 7,
        [Zone.Remote] = 16,
    };

    /// <summary>WO-5: arriving later than this after the appointment window opens is a late arrival.</summary>
    [Range(0, 240)]
    public int AppointmentGraceMinutes { get; set; } = 30;

    /// <summary>WO-8: a running clock whose deadline is this close is "at risk".</summary>
    [Range(0.25, 48)]
    public double AtRiskHours { get; set; } = 2;

    /// <summary>How often the sweeper looks for overdue clocks; 0 turns it off.</summary>
    [Range(0, 3600)]
    public int SweepIntervalSeconds { get; set; } = 60;

    [Required]
    public WorkingHoursOptions WorkingHours { get; set; } = new();

    public SlaTerms Terms() => new(
        TimeSpan.FromHours(DispatchHours),
        TimeSpan.FromHours(ContactHours),
        TimeSpan.FromHours(PlanHours),
        TimeSpan.FromHours(ResolutionHours),
        TimeSpan.FromHours(FollowUpHours),
        Enum.GetValues<Zone>().ToDictionary(zone => zone, zone => TimeSpan.FromHours(ArrivalWorkingHours[zone])));
}

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

/// <summary>[WorkOrders] — lifecycle numbers that are not service-level clocks.</summary>
public sealed class WorkOrderOptions
{
    public const string Section = "WorkOrders";

    /// <summary>A closed order can be reopened for this many days.</summary>
    [Range(0, 365)]
    public int ReopenWindowDays { get; set; } = 30;
}

/// <summary>Builds the SLA policy once from the validated options and the company's time zone.</summary>
public static class SlaPolicyFactory
{
    public static SlaPolicy Create(SlaOptions sla, CompanyCalendar company) =>
        new(sla.Terms(), sla.WorkingHours.Calendar(company.TimeZone));
}
