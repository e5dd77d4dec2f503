using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Scheduling;
using FluentValidation;

namespace AfterSales.Application.Calendar;

/// <summary>A year's public holidays and make-up working days (WO-7 r2); version 0 for a year no one has listed yet.</summary>
public sealed record CalendarYearResponse(int Year, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeUpWorkingDays, uint Version)
    : IVersionedResource
{
    public static CalendarYearResponse From(CalendarYear year) => new(year.Year, year.Holidays, year.MakeUpWorkingDays, year.Version);
}

public static class CalendarYearValidation
{
    /// <summary>Years a calendar can be kept for: far enough either way for any order's deadlines, and every date in them valid.</summary>
    public static IRuleBuilderOptions<T, int> IsCalendarYear<T>(this IRuleBuilder<T, int> year) => year.InclusiveBetween(2000, 2100);
}
