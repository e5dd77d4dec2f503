using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Customers;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Reminders;

public sealed record VisitReminder(
    Guid CustomerId,
    string Name,
    string Phone,
    Zone Zone,
    Guid? ResponsibleTechnicianId,
    DateOnly? LastContactedOn);

/// <summary>CU-4: customers under warranty nobody has called or visited for [Reminders:VisitIntervalDays], longest-waiting first.</summary>
public sealed record ListVisitReminders(int Page = 1, int PageSize = 20) : IQuery<PagedList<VisitReminder>>, IPagedQuery;

public sealed class ListVisitRemindersValidator : PagedQueryValidator<ListVisitReminders>;

public sealed class ListVisitRemindersHandler(IAfterSalesDbContext db, CompanyCalendar calendar, IOptions<ReminderOptions> options)
    : IQueryHandler<ListVisitReminders, PagedList<VisitReminder>>
{
    public async ValueTask<PagedList<VisitReminder>> Handle(ListVisitReminders query, CancellationToken cancellationToken) =>
        await db.Customers
            .Where(ReminderRules.DueForVisit(calendar.Today, options.Value.VisitIntervalDays))
            .OrderBy(customer => customer.LastContactedOn ?? customer.RegisteredOn)
            .ThenBy(customer => customer.Id)
            .Select(customer => new VisitReminder(
                customer.Id,
                customer.Name,
                customer.Phone,
                customer.Zone,
                customer.ResponsibleTechnicianId,
                customer.LastContactedOn))
            .ToPageAsync(query, cancellationToken);
}
