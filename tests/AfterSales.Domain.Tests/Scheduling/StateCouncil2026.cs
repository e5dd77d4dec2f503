using AfterSales.Domain.Scheduling;

namespace AfterSales.Domain.Tests.Scheduling;

/// <summary>The State Council's 2026 holidays and make-up working days, as DOMAIN.md WO-7 (r2) lists them.</summary>
public static class StateCouncil2026
{
    public static readonly DateOnly[] Holidays =
    [
        .. Days(1, 1, 3), .. Days(2, 15, 23), .. Days(4, 4, 6), .. Days(5, 1, 5), .. Days(6, 19, 21), .. Days(9, 25, 27), .. Days(10, 1, 7),
    ];

    public static readonly DateOnly[] MakeUpWorkingDays =
    [
        new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10),
    ];

    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static readonly WorkingCalendar Calendar = WorkingCalendar.Standard(Shanghai, Holidays, MakeUpWorkingDays);

    public static DateTimeOffset InShanghai(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    private static IEnumerable<DateOnly> Days(int month, int first, int last) =>
        Enumerable.Range(first, last - first + 1).Select(day => new DateOnly(2026, month, day));
}
