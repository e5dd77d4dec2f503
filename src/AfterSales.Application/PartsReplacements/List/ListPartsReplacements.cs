using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using AfterSales.Application.WorkOrders;
using AfterSales.Application.WorkOrders.List;
using AfterSales.Domain.PartsReplacements;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.PartsReplacements.List;

/// <summary>
/// PS-1: requests newest first, by status and by clock as the work orders' lists (WO-8): <c>Breached</c>, <c>Overdue</c>
/// (a deadline passed, not swept yet), <c>AtRisk</c> (a running clock due within [Sla:AtRiskHours]).
/// </summary>
public sealed record ListPartsReplacements(
    ReplacementStatus? Status,
    SlaFilter? SlaState,
    int Page = 1,
    int PageSize = 20) : IQuery<PagedList<PartsReplacementResponse>>, IPagedQuery;

public sealed class ListPartsReplacementsValidator : PagedQueryValidator<ListPartsReplacements>
{
    public ListPartsReplacementsValidator()
    {
        RuleFor(query => query.Status).IsInEnum();
        RuleFor(query => query.SlaState).IsInEnum();
    }
}

public sealed class ListPartsReplacementsHandler(IAfterSalesDbContext db, IOptions<SlaOptions> sla, TimeProvider clock, IMapper mapper)
    : IQueryHandler<ListPartsReplacements, PagedList<PartsReplacementResponse>>
{
    public async ValueTask<PagedList<PartsReplacementResponse>> Handle(ListPartsReplacements query, CancellationToken cancellationToken)
    {
        var requests = db.PartsReplacementRequests.AsNoTracking();
        if (query.Status is { } status)
        {
            requests = requests.Where(request => request.Status == status);
        }

        var now = clock.GetUtcNow();
        requests = query.SlaState switch
        {
            SlaFilter.Breached => requests.Where(PartsReplacementRules.Breached()),
            SlaFilter.Overdue => requests.Where(PartsReplacementRules.Overdue(now)),
            SlaFilter.AtRisk => requests.Where(PartsReplacementRules.AtRisk(now.AddHours(sla.Value.AtRiskHours))),
            _ => requests,
        };

        var page = await requests
            .OrderByDescending(request => request.RequestedAt)
            .ThenByDescending(request => request.Id)
            .ToPageAsync(query, cancellationToken);
        return page.Map(mapper.Map<PartsReplacementResponse>);
    }
}
