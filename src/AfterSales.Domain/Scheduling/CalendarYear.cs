using AfterSales.Domain.Common;

namespace AfterSales.Domain.Scheduling;

public enum CalendarDayKind
{
    /// <summary>A public holiday: not worked even when the week works it.</summary>
    Holiday,

    /// <summary>A weekend day worked with Monday's hours to make up for a holiday (调休).</summary>
    MakeUpWorkingDay,
}

/// <summary>One day of a year that the working week alone gets wrong (WO-7 r2).</summary>
public sealed class CalendarDay
{
    private CalendarDay()
    {
    }

    internal CalendarDay(DateOnly date, CalendarDayKind kind)
    {
        Id = Guid.CreateVersion7();
        Date = date;
        Kind = kind;
    }

    public Guid Id { get; private set; }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    internal void Reclassify(CalendarDayKind kind) => Kind = kind;
}

/// <summary>A year's holidays and make-up working days changed: every deadline computed from now on counts with them.</summary>
public sealed record WorkingCalendarChanged(int Year, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>
/// WO-7 (r2): one year's public holidays and make-up working days, as the State Council publishes them, kept as data an
/// Admin maintains, not configuration: every working-hour and working-day count (WO-6, CP-8, WO-12) uses them.
/// </summary>
public sealed class CalendarYear : AggregateRoot
{
    private readonly List<CalendarDay> _days = [];

    private CalendarYear()
        : base(Guid.Empty)
    {
    }

    private CalendarYear(int year)
        : base(Guid.CreateVersion7()) => Year = year;

    public int Year { get; private set; }

    public IReadOnlyCollection<CalendarDay> Days => _days;

    public IReadOnlyList<DateOnly> Holidays => DaysOf(CalendarDayKind.Holiday);

    public IReadOnlyList<DateOnly> MakeUpWorkingDays => DaysOf(CalendarDayKind.MakeUpWorkingDay);

    /// <summary>A year no one has listed yet: no holidays, no make-up days.</summary>
    public static CalendarYear Unlisted(int year) => new(year);

    /// <summary>
    /// WO-7 (r2): the year's holidays and make-up working days become exactly these. Each date lies in the year and is
    /// listed once; a make-up day must be one the working week does not work and not also a holiday, by the same rule
    /// <paramref name="week"/> is built with, so whatever is saved here makes a valid calendar.
    /// </summary>
    public void Replace(IReadOnlyList<DateOnly> holidays, IReadOnlyList<DateOnly> makeUpWorkingDays, WorkingCalendar week, TimeProvider clock)
    {
        var holidaySet = ValidDays(holidays, "holidays");
        ValidDays(makeUpWorkingDays, "makeUpWorkingDays");
        for (var i = 0; i < makeUpWorkingDays.Count; i++)
        {
            if (week.MakeUpDayProblem(makeUpWorkingDays[i], holidaySet) is { } problem)
            {
                throw new InvalidInputException($"makeUpWorkingDays[{i}]", problem);
            }
        }

        var wanted = holidays.Select(date => (Date: date, Kind: CalendarDayKind.Holiday))
            .Concat(makeUpWorkingDays.Select(date => (Date: date, Kind: CalendarDayKind.MakeUpWorkingDay)))
            .ToDictionary(day => day.Date, day => day.Kind);

        // A day listed before keeps its row, so the audit trail shows only what changed.
        _days.RemoveAll(day => !wanted.ContainsKey(day.Date));
        foreach (var (date, kind) in wanted)
        {
            if (_days.Find(day => day.Date == date) is { } listed)
            {
                listed.Reclassify(kind);
            }
            else
            {
                _days.Add(new CalendarDay(date, kind));
            }
        }

        Raise(new WorkingCalendarChanged(Year, clock.GetUtcNow()));
    }

    private HashSet<DateOnly> ValidDays(IReadOnlyList<DateOnly> days, string field)
    {
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < days.Count; i++)
        {
            if (days[i].Year != Year)
            {
                throw new InvalidInputException($"{field}[{i}]", $"{days[i]:yyyy-MM-dd} is not in {Year}.");
            }

            if (!seen.Add(days[i]))
            {
                throw new InvalidInputException($"{field}[{i}]", $"{days[i]:yyyy-MM-dd} is listed twice.");
            }
        }

        return seen;
    }

    private List<DateOnly> DaysOf(CalendarDayKind kind) => [.. _days.Where(day => day.Kind == kind).Select(day => day.Date).Order()];
}
