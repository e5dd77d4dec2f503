using AfterSales.Application.Abstractions;
using AfterSales.Domain.Scheduling;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Infrastructure.Calendar;

/// <summary>
/// Announces a calendar change to every API instance (<see cref="WorkingCalendars"/>). PostgreSQL delivers a NOTIFY
/// when its transaction commits and drops it when it rolls back, so the instances reread exactly the changes that exist.
/// </summary>
internal sealed class CalendarChangeNotice(AfterSalesDbContext db) : IDomainEventHandler<WorkingCalendarChanged>
{
    public async Task HandleAsync(WorkingCalendarChanged domainEvent, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync($"NOTIFY {WorkingCalendars.Channel}", cancellationToken);
}
