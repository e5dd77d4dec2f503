using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Receivables;
using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Receivables;

/// <summary>WO-12: receivables oldest first; <see cref="Overdue"/> = true is the salary-deduction list.</summary>
public sealed record ListReceivables(bool? Overdue, Guid? TechnicianId, int Page = 1, int PageSize = 20)
    : IQuery<PagedList<ReceivableResponse>>, IPagedQuery;

public sealed class ListReceivablesValidator : PagedQueryValidator<ListReceivables>;

public sealed class ListReceivablesHandler(IAfterSalesDbContext db, IMapper mapper, CompanyCalendar calendar, IOptions<ReceivableOptions> options)
    : IQueryHandler<ListReceivables, PagedList<ReceivableResponse>>
{
    public async ValueTask<PagedList<ReceivableResponse>> Handle(ListReceivables query, CancellationToken cancellationToken)
    {
        var receivables = db.Receivables.AsNoTracking();
        if (query.Overdue is { } overdue)
        {
            var today = calendar.Today;
            var overdueDays = options.Value.OverdueDays;
            receivables = receivables.Where(overdue ? ReceivableRules.OverdueOn(today, overdueDays) : ReceivableRules.NotOverdueOn(today, overdueDays));
        }

        if (query.TechnicianId is { } technicianId)
        {
            receivables = receivables.Where(receivable => receivable.TechnicianId == technicianId);
        }

        var page = await receivables
            .OrderBy(receivable => receivable.OpenedOn)
            .ThenBy(receivable => receivable.Id)
            .ToPageAsync(query, cancellationToken);
        return page.Map(mapper.Map<ReceivableResponse>);
    }
}
