using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.List;

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
    IOptions<SlaOptions> sla,
    TimeProvider clock)
    : IQueryHandler<ListWorkOrders, PagedList<WorkOrderSummary>>
{
    public async ValueTask<PagedList<WorkOrderSummary>> Handle(ListWorkOrders query, CancellationToken cancellationToken)
    {
        var matching = Matching(query);
        if (query.Cursor is null)
        {
            var totalCount = await matching.CountAsync(cancellationToken);
            var page = await NewestFirst(matching).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
            return new PagedList<WorkOrderSummary>(page, query.Page, query.PageSize, totalCount);
        }

        if (query.Cursor.Length > 0)
        {
            var after = WorkOrderCursor.Parse(query.Cursor);
#pragma warning disable CA1309 // Translated to SQL "<" on the column; the overload with a StringComparison does not translate.
            matching = matching.Where(order => order.ReceivedAt < after.ReceivedAt
                || (order.ReceivedAt == after.ReceivedAt && string.Compare(order.Number, after.Number) < 0));
#pragma warning restore CA1309
        }

        // One row more than the page says whether there is a next page, without counting.
        var rows = await NewestFirst(matching).Take(query.PageSize + 1).ToListAsync(cancellationToken);
        var next = rows.Count > query.PageSize ? new WorkOrderCursor(rows[query.PageSize - 1].ReceivedAt, rows[query.PageSize - 1].Number).ToString() : null;
        return new PagedList<WorkOrderSummary>([.. rows.Take(query.PageSize)], null, query.PageSize, null, next);
    }

    /// <summary>
    /// The orders the filters select, each condition added only when its filter is given, so every combination is
    /// its own statement and keeps its index. Technicians see only their own orders.
    /// </summary>
    private IQueryable<WorkOrder> Matching(ListWorkOrders query)
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

        if (query.From?.ToUniversalTime() is { } from)
        {
            orders = orders.Where(order => order.ReceivedAt >= from);
        }

        if (query.To?.ToUniversalTime() is { } to)
        {
            orders = orders.Where(order => order.ReceivedAt < to);
        }

        if (query.SlaState == SlaFilter.Breached)
        {
            orders = orders.Where(order => order.Clocks.Any(slaClock => slaClock.State == SlaState.Breached));
        }

        if (query.SlaState == SlaFilter.AtRisk)
        {
            var dueBy = clock.GetUtcNow().AddHours(sla.Value.AtRiskHours);
            orders = orders.Where(order => order.Clocks.Any(slaClock => slaClock.State == SlaState.Pending && slaClock.StoppedAt == null && slaClock.Deadline <= dueBy));
        }

        return orders;
    }

    private static IQueryable<WorkOrderSummary> NewestFirst(IQueryable<WorkOrder> orders) =>
        orders.OrderByDescending(order => order.ReceivedAt).ThenByDescending(order => order.Number).Select(WorkOrderSummary.Of);
}
