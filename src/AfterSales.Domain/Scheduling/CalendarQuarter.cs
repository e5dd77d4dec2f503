namespace AfterSales.Domain.Scheduling;

/// <summary>A calendar quarter, Q1 being January to March; CP-7 counts complaints per quarter.</summary>
public readonly record struct CalendarQuarter
{
    public CalendarQuarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        Year = year;
        Quarter = quarter;
    }

    public int Year { get; }

    /// <summary>1 to 4.</summary>
    public int Quarter { get; }

    public DateOnly FirstDay => new(Year, ((Quarter - 1) * 3) + 1, 1);

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    public static CalendarQuarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    public override string ToString() => FormattableString.Invariant($"{Year}-Q{Quarter}");
}
