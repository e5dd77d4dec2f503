using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.List;

/// <summary>WO-8 lists: <see cref="Breached"/> has a breached clock; <see cref="AtRisk"/> has a running clock due within [Sla:AtRiskHours].</summary>
public enum SlaFilter
{
    Breached,
    AtRisk,
}

/// <summary>
/// Orders newest first, by status, technician, service-level state and received time (technicians: their
/// own). With <see cref="Cursor"/> (empty for the first page) the list pages by keyset and counts nothing,
/// so a page costs the same at any size of the table; without it, numbered pages with the total count.
/// </summary>
public sealed record ListWorkOrders(
    WorkOrderStatus? Status,
    Guid? TechnicianId,
    SlaFilter? SlaState,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? Cursor,
    int Page = 1,
    int PageSize = 20) : IQuery<PagedList<WorkOrderSummary>>, IPagedQuery;

public sealed class ListWorkOrdersValidator : PagedQueryValidator<ListWorkOrders>
{
    public ListWorkOrdersValidator()
    {
        RuleFor(query => query.Status).IsInEnum();
        RuleFor(query => query.SlaState).IsInEnum();
        RuleFor(query => query.To).GreaterThan(query => query.From).When(query => query.From is not null && query.To is not null);
        RuleFor(query => query.Cursor).MaximumLength(200);
    }
}

public sealed class ListWorkOrdersHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    IMapper mapper,
    IOptions<SlaOptions> sla,
    TimeProvider clock)
    : IQueryHandler<ListWorkOrders, PagedList<WorkOrderSummary>>
{
    public async ValueTask<PagedList<WorkOrderSummary>> Handle(ListWorkOrders query, CancellationToken cancellationToken)
    {
        var orders = access.Visible(db.WorkOrders.AsNoTracking());
        if (query.Status is { } status)
        {
            orders = orders.Where(order => order.Status == status);
        }

        if (query.TechnicianId is { } technicianId)
        {
            orders = orders.Where(order => order.TechnicianId == technicianId);
        }

        if (query.From is { } from)
        {
            var fromUtc = from.ToUniversalTime();
            orders = orders.Where(order => order.ReceivedAt >= fromUtc);
        }

        if (query.To is { } to)
        {
            var toUtc = to.ToUniversalTime();
            orders = orders.Where(order => order.ReceivedAt < toUtc);
        }

        if (query.SlaState == SlaFilter.Breached)
        {
            orders = orders.Where(order => order.Clocks.Any(c => c.State == SlaState.Breached));
        }
        else if (query.SlaState == SlaFilter.AtRisk)
        {
            var horizon = clock.GetUtcNow().AddHours(sla.Value.AtRiskHours);
            orders = orders.Where(order => order.Clocks.Any(c => c.State == SlaState.Pending && c.StoppedAt == null && c.Deadline <= horizon));
        }

        if (query.Cursor is null)
        {
            return await NewestFirst(orders)
                .ProjectTo<WorkOrderSummary>(mapper.ConfigurationProvider)
                .ToPageAsync(query, cancellationToken);
        }

        if (query.Cursor.Length > 0)
        {
            var after = WorkOrderCursor.Parse(query.Cursor);
#pragma warning disable CA1309 // Translated to SQL "<" on the column; the overload with a StringComparison does not translate.
            orders = orders.Where(order => order.ReceivedAt < after.ReceivedAt
                || (order.ReceivedAt == after.ReceivedAt && string.Compare(order.Number, after.Number) < 0));
#pragma warning restore CA1309
        }

        // One row more than the page says whether there is a next page, without counting.
        var pageSize = query.PageSize;
        var rows = await NewestFirst(orders)
            .Take(pageSize + 1)
            .ProjectTo<WorkOrderSummary>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        var next = rows.Count > pageSize ? new WorkOrderCursor(rows[pageSize - 1].ReceivedAt, rows[pageSize - 1].Number).ToString() : null;
        return new PagedList<WorkOrderSummary>([.. rows.Take(pageSize)], null, pageSize, null, next);
    }

    private static IOrderedQueryable<WorkOrder> NewestFirst(IQueryable<WorkOrder> orders) =>
        orders.OrderByDescending(order => order.ReceivedAt).ThenByDescending(order => order.Number);
}
