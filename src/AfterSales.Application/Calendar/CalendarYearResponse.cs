using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Scheduling;

namespace AfterSales.Application.Calendar;

/// <summary>A year's public holidays and make-up working days (WO-7 r2); version 0 for a year no one has listed yet.</summary>
public sealed record CalendarYearResponse(int Year, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeUpWorkingDays, uint Version)
    : IVersionedResource
{
    public static CalendarYearResponse From(CalendarYear year) => new(year.Year, year.Holidays, year.MakeUpWorkingDays, year.Version);
}
