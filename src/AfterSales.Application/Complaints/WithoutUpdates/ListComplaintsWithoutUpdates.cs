using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Complaints;
using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Complaints.WithoutUpdates;

/// <summary>
/// CP-9: open complaints whose customer has had no update — registration, a visit or call, a progress update — for
/// [Complaints:UpdateWorkingDays] working days, longest silent first.
/// </summary>
public sealed record ListComplaintsWithoutUpdates(int Page = 1, int PageSize = 20) : IQuery<PagedList<ComplaintResponse>>, IPagedQuery;

public sealed class ListComplaintsWithoutUpdatesValidator : PagedQueryValidator<ListComplaintsWithoutUpdates>;

public sealed class ListComplaintsWithoutUpdatesHandler(IAfterSalesDbContext db, ComplaintPolicy policy, CompanyCalendar calendar, IMapper mapper)
    : IQueryHandler<ListComplaintsWithoutUpdates, PagedList<ComplaintResponse>>
{
    public async ValueTask<PagedList<ComplaintResponse>> Handle(ListComplaintsWithoutUpdates query, CancellationToken cancellationToken)
    {
        var page = await db.Complaints.AsNoTracking()
            .Where(ComplaintRules.WithoutUpdateSince(policy.UpdateCutoff(calendar.Today)))
            .OrderBy(complaint => complaint.LastUpdateAt)
            .ThenBy(complaint => complaint.Id)
            .ToPageAsync(query, cancellationToken);
        return page.Map(mapper.Map<ComplaintResponse>);
    }
}
