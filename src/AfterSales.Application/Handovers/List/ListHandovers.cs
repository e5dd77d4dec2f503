using System.Linq.Expressions;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Handovers;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Handovers.List;

/// <summary>HC-6: checklists by status, earliest effective date first; <see cref="Overdue"/> = true lists those still open after it.</summary>
public sealed record ListHandovers(HandoverStatus? Status, bool? Overdue, int Page = 1, int PageSize = 20)
    : IQuery<PagedList<HandoverChecklistResponse>>, IPagedQuery;

public sealed class ListHandoversValidator : PagedQueryValidator<ListHandovers>
{
    public ListHandoversValidator() => RuleFor(query => query.Status).IsInEnum();
}

public sealed class ListHandoversHandler(IAfterSalesDbContext db, IMapper mapper, CompanyCalendar calendar)
    : IQueryHandler<ListHandovers, PagedList<HandoverChecklistResponse>>
{
    public async ValueTask<PagedList<HandoverChecklistResponse>> Handle(ListHandovers query, CancellationToken cancellationToken)
    {
        var checklists = db.HandoverChecklists.AsNoTracking();
        if (query.Status is { } status)
        {
            checklists = checklists.Where(checklist => checklist.Status == status);
        }

        if (query.Overdue is { } overdue)
        {
            var overdueToday = HandoverChecklist.OverdueOn(calendar.Today);
            checklists = checklists.Where(overdue ? overdueToday : Negate(overdueToday));
        }

        var page = await checklists
            .OrderBy(checklist => checklist.EffectiveDate)
            .ThenBy(checklist => checklist.Id)
            .ToPageAsync(query, cancellationToken);
        return page.Map(mapper.Map<HandoverChecklistResponse>);
    }

    private static Expression<Func<HandoverChecklist, bool>> Negate(Expression<Func<HandoverChecklist, bool>> filter) =>
        Expression.Lambda<Func<HandoverChecklist, bool>>(Expression.Not(filter.Body), filter.Parameters);
}
