using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Scheduling;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calendar.Replace;

/// <summary>WO-7 (r2): an Admin sets a year's public holidays and make-up working days, all of them at once.</summary>
public sealed record ReplaceCalendarYear(IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeUpWorkingDays) : ICommand<CalendarYearResponse>
{
    [JsonIgnore]
    public int Year { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ReplaceCalendarYearValidator : AbstractValidator<ReplaceCalendarYear>
{
    public ReplaceCalendarYearValidator()
    {
        // Far enough either way for any order's deadlines, and every date in the range valid.
        RuleFor(command => command.Year).InclusiveBetween(2000, 2100);
        RuleFor(command => command.Holidays).NotNull();
        RuleFor(command => command.MakeUpWorkingDays).NotNull();
    }
}

public sealed class ReplaceCalendarYearHandler(IAfterSalesDbContext db, WorkingCalendar calendar, TimeProvider clock)
    : ICommandHandler<ReplaceCalendarYear, CalendarYearResponse>
{
    public async ValueTask<CalendarYearResponse> Handle(ReplaceCalendarYear command, CancellationToken cancellationToken)
    {
        var year = await LoadOrStartAsync(command, cancellationToken);
        year.Replace(command.Holidays, command.MakeUpWorkingDays, calendar, clock);
        await db.SaveChangesAsync(cancellationToken);
        return CalendarYearResponse.From(year);
    }

    /// <summary>A year not listed yet reads as version 0 (<see cref="CalendarYearResponse"/>), so that is the If-Match that starts it.</summary>
    private async Task<CalendarYear> LoadOrStartAsync(ReplaceCalendarYear command, CancellationToken cancellationToken)
    {
        var year = await db.CalendarYears.FirstOrDefaultAsync(candidate => candidate.Year == command.Year, cancellationToken);
        if (command.ExpectedVersion is { } expected && expected != (year?.Version ?? 0))
        {
            throw new PreconditionFailedException($"The calendar of {command.Year}", null);
        }

        if (year is null)
        {
            year = CalendarYear.Unlisted(command.Year);
            db.CalendarYears.Add(year);
        }

        return year;
    }
}
