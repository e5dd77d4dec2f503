using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using Dapper;
using Mediator;

namespace AfterSales.Application.WorkOrders.DispatchQueue;

/// <summary>
/// WO-3: undispatched orders. Those carried over from an earlier day come first; within each group
/// Urgent before Normal, then oldest first.
/// </summary>
public sealed record GetDispatchQueue(int Page = 1, int PageSize = 20) : IQuery<PagedList<WorkOrderSummary>>, IPagedQuery;

public sealed class GetDispatchQueueValidator : PagedQueryValidator<GetDispatchQueue>;

public sealed class GetDispatchQueueHandler(IReadDatabase reads, CompanyCalendar calendar, ICurrentUser caller)
    : IQueryHandler<GetDispatchQueue, PagedList<WorkOrderSummary>>
{
    public async ValueTask<PagedList<WorkOrderSummary>> Handle(GetDispatchQueue query, CancellationToken cancellationToken)
    {
        var page = await reads.ReadAsync(
            connection => connection.ReadPageAsync<WorkOrderSummary>(
                WorkOrderSummary.Columns,
                "FROM aftersales.work_orders o WHERE o.status = 'Registered'",
                "ORDER BY o.received_on >= @today::date, o.priority <> 'Urgent', o.received_at, o.id",
                new DynamicParameters(new { today = calendar.Today.ToDateTime(TimeOnly.MinValue) }),
                query,
                cancellationToken),
            cancellationToken);
        return page.Map(order => order.For(caller));
    }
}
