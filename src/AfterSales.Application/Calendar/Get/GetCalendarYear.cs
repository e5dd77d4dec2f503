using AfterSales.Application.Abstractions;
using AfterSales.Domain.Scheduling;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calendar.Get;

/// <summary>Any year can be read: one nobody has listed is empty.</summary>
public sealed record GetCalendarYear(int Year) : IQuery<CalendarYearResponse>;

public sealed class GetCalendarYearHandler(IAfterSalesDbContext db) : IQueryHandler<GetCalendarYear, CalendarYearResponse>
{
    public async ValueTask<CalendarYearResponse> Handle(GetCalendarYear query, CancellationToken cancellationToken) =>
        CalendarYearResponse.From(
            await db.CalendarYears.AsNoTracking().FirstOrDefaultAsync(year => year.Year == query.Year, cancellationToken)
            ?? CalendarYear.Unlisted(query.Year));
}
