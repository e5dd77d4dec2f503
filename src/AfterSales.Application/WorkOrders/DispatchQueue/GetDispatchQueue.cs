using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using Dapper;
using Mediator;

namespace AfterSales.Application.WorkOrders.DispatchQueue;

/// <summary>
/// WO-3: undispatched orders. Those carried over from an earlier day come first; within each group
/// Urgent before Normal, then oldest first. A registered order is assigned to nobody, so a team lead sees the whole
/// queue; the caller's sight is applied all the same, so the queue stays right should an order ever wait in it
/// with a team.
/// </summary>
public sealed record GetDispatchQueue(int Page = 1, int PageSize = 20) : IQuery<PagedList<WorkOrderSummary>>, IPagedQuery;

public sealed class GetDispatchQueueValidator : PagedQueryValidator<GetDispatchQueue>;

public sealed class GetDispatchQueueHandler(IReadDatabase reads, CompanyCalendar calendar, WorkOrderAccess access, ICurrentUser caller)
    : IQueryHandler<GetDispatchQueue, PagedList<WorkOrderSummary>>
{
    public async ValueTask<PagedList<WorkOrderSummary>> Handle(GetDispatchQueue query, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(new { today = calendar.Today.ToDateTime(TimeOnly.MinValue) });
        var fromWhere = "FROM aftersales.work_orders o WHERE o.status = 'Registered'";
        if (await access.SqlConditionAsync(cancellationToken) is { } visible)
        {
            fromWhere += " AND " + visible.Condition;
            parameters.AddDynamicParams(visible.Parameters);
        }

        var page = await reads.ReadAsync(
            connection => connection.ReadPageAsync<WorkOrderSummary>(
                WorkOrderSummary.Columns,
                fromWhere,
                "ORDER BY o.received_on >= @today::date, o.priority <> 'Urgent', o.received_at, o.id",
                parameters,
                query,
                cancellationToken),
            cancellationToken);
        return page.Map(order => order.For(caller));
    }
}
