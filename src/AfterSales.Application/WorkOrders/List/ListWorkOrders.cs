using System.Linq.Expressions;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Queries;
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
    /// <summary>
    /// Every filter of the list, written once. A null parameter leaves its condition out of the SQL: EF Core writes
    /// one statement per combination of the nulls it is given, so each keeps its index.
    /// </summary>
    private static readonly Expression<Func<DbContext, Filter, IQueryable<WorkOrder>>> Matching = (context, filter) => context.Set<WorkOrder>()
        .AsNoTracking()
        .Where(order => filter.Status == null || order.Status == filter.Status)
        .Where(order => filter.TechnicianId == null || order.TechnicianId == filter.TechnicianId)
        .Where(order => filter.VisibleTo == null || order.TechnicianId == filter.VisibleTo)
        .Where(order => filter.From == null || order.ReceivedAt >= filter.From)
        .Where(order => filter.To == null || order.ReceivedAt < filter.To)
        .Where(order => filter.ClockIn == null || order.Clocks.Any(clock => clock.State == filter.ClockIn))
        .Where(order => filter.ClockDueBy == null
            || order.Clocks.Any(clock => clock.State == SlaState.Pending && clock.StoppedAt == null && clock.Deadline <= filter.ClockDueBy))
#pragma warning disable CA1309 // Translated to SQL "<" on the column; the overload with a StringComparison does not translate.
        .Where(order => filter.AfterReceivedAt == null
            || order.ReceivedAt < filter.AfterReceivedAt
            || (order.ReceivedAt == filter.AfterReceivedAt && string.Compare(order.Number, filter.AfterNumber) < 0));
#pragma warning restore CA1309

    // Lists are read far more than anything is written, so both ways of reading one are compiled (see CompiledQuery).
    private static readonly Func<IAfterSalesDbContext, Filter, IAsyncEnumerable<WorkOrderSummary>> NewestFirst = CompiledQuery.Rows(
        Matching.Then((orders, filter) => orders
            .OrderByDescending(order => order.ReceivedAt)
            .ThenByDescending(order => order.Number)
            .Skip(filter.Skip)
            .Take(filter.Take)
            .Select(WorkOrderSummary.Of)));

    private static readonly Func<IAfterSalesDbContext, Filter, CancellationToken, Task<int>> CountOf = CompiledQuery.Value(
        Matching.Then((orders, _) => orders.Count()));

    public async ValueTask<PagedList<WorkOrderSummary>> Handle(ListWorkOrders query, CancellationToken cancellationToken)
    {
        var after = string.IsNullOrEmpty(query.Cursor) ? (WorkOrderCursor?)null : WorkOrderCursor.Parse(query.Cursor);
        var filter = new Filter(
            query.Status,
            query.TechnicianId,
            access.RestrictedTo,
            query.From?.ToUniversalTime(),
            query.To?.ToUniversalTime(),
            query.SlaState == SlaFilter.Breached ? SlaState.Breached : null,
            query.SlaState == SlaFilter.AtRisk ? clock.GetUtcNow().AddHours(sla.Value.AtRiskHours) : null,
            after?.ReceivedAt,
            after?.Number,
            Skip: 0,
            Take: query.PageSize);

        if (query.Cursor is null)
        {
            var totalCount = await CountOf(db, filter, cancellationToken);
            var page = await Read(filter with { Skip = (query.Page - 1) * query.PageSize }, cancellationToken);
            return new PagedList<WorkOrderSummary>(page, query.Page, query.PageSize, totalCount);
        }

        // One row more than the page says whether there is a next page, without counting.
        var rows = await Read(filter with { Take = query.PageSize + 1 }, cancellationToken);
        var next = rows.Count > query.PageSize ? new WorkOrderCursor(rows[query.PageSize - 1].ReceivedAt, rows[query.PageSize - 1].Number).ToString() : null;
        return new PagedList<WorkOrderSummary>([.. rows.Take(query.PageSize)], null, query.PageSize, null, next);
    }

    private async Task<List<WorkOrderSummary>> Read(Filter filter, CancellationToken cancellationToken)
    {
        var rows = new List<WorkOrderSummary>(filter.Take);
        await foreach (var row in NewestFirst(db, filter).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The list's parameters. <see cref="VisibleTo"/> is the caller's own id when they see only their orders .</summary>
    private sealed record Filter(
        WorkOrderStatus? Status,
        Guid? TechnicianId,
        Guid? VisibleTo,
        DateTimeOffset? From,
        DateTimeOffset? To,
        SlaState? ClockIn,
        DateTimeOffset? ClockDueBy,
        DateTimeOffset? AfterReceivedAt,
        string? AfterNumber,
        int Skip,
        int Take);
}
