using AfterSales.Application.Abstractions;
using AfterSales.Domain.Scheduling;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calendar.Get;

public sealed record GetCalendarYear(int Year) : IQuery<CalendarYearResponse>;

public sealed class GetCalendarYearValidator : AbstractValidator<GetCalendarYear>
{
    public GetCalendarYearValidator() => RuleFor(query => query.Year).IsCalendarYear();
}

public sealed class GetCalendarYearHandler(IAfterSalesDbContext db) : IQueryHandler<GetCalendarYear, CalendarYearResponse>
{
    public async ValueTask<CalendarYearResponse> Handle(GetCalendarYear query, CancellationToken cancellationToken) =>
        CalendarYearResponse.From(
            await db.CalendarYears.AsNoTracking().FirstOrDefaultAsync(year => year.Year == query.Year, cancellationToken)
            ?? CalendarYear.Unlisted(query.Year));
}
