using System.Globalization;

namespace AfterSales.Domain.Assessments;

/// <summary>
/// The calendar month an assessment covers, written <c>2026-10</c>. Its days are the company's days
/// (decision 0003), so the month's data is what happened between its first and last local midnight.
/// </summary>
public readonly record struct AssessmentMonth : IComparable<AssessmentMonth>
{
    private AssessmentMonth(int year, int number)
    {
        Year = year;
        Number = number;
    }

    public int Year { get; }

    /// <summary>1 (January) to 12.</summary>
    public int Number { get; }

    public DateOnly FirstDay => new(Year, Number, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>A method, not a property, so that serializers walking properties do not follow months forever.</summary>
    public AssessmentMonth Next() => Containing(FirstDay.AddMonths(1));

    public static AssessmentMonth Of(int year, int number)
    {
        // The month after December 9998 must exist too: the due day lies in it.
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 12);
        return new AssessmentMonth(year, number);
    }

    public static AssessmentMonth Containing(DateOnly date) => Of(date.Year, date.Month);

    /// <summary>Reads exactly <c>yyyy-MM</c>, the form the API speaks.</summary>
    public static bool TryParse(string? text, out AssessmentMonth month)
    {
        month = default;
        if (text is not { Length: 7 }
            || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var firstDay)
            || firstDay.Year > 9998)
        {
            return false;
        }

        month = Containing(firstDay);
        return true;
    }

    /// <summary>AS-4: the assessment of this month is due on day <paramref name="dueDay"/> of the next month.</summary>
    public DateOnly DueOn(int dueDay) => Next().FirstDay.AddDays(dueDay - 1);

    public int CompareTo(AssessmentMonth other) => (Year, Number).CompareTo((other.Year, other.Number));

    public override string ToString() => $"{Year.ToString("D4", CultureInfo.InvariantCulture)}-{Number.ToString("D2", CultureInfo.InvariantCulture)}";

    public static bool operator <(AssessmentMonth left, AssessmentMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(AssessmentMonth left, AssessmentMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(AssessmentMonth left, AssessmentMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(AssessmentMonth left, AssessmentMonth right) => left.CompareTo(right) >= 0;
}
