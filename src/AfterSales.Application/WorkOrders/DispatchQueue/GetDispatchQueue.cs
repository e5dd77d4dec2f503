using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.WorkOrders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.WorkOrders.DispatchQueue;

/// <summary>
/// WO-3: undispatched orders. Those carried over from an earlier day come first; within each group
/// Urgent before Normal, then oldest first.
/// </summary>
public sealed record GetDispatchQueue(int Page = 1, int PageSize = 20) : IQuery<PagedList<WorkOrderSummary>>, IPagedQuery;

public sealed class GetDispatchQueueValidator : PagedQueryValidator<GetDispatchQueue>;

public sealed class GetDispatchQueueHandler(IAfterSalesDbContext db, CompanyCalendar calendar)
    : IQueryHandler<GetDispatchQueue, PagedList<WorkOrderSummary>>
{
    public async ValueTask<PagedList<WorkOrderSummary>> Handle(GetDispatchQueue query, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        return await db.WorkOrders.AsNoTracking()
            .Where(order => order.Status == WorkOrderStatus.Registered)
            .OrderBy(order => order.ReceivedOn < today ? 0 : 1)
            .ThenBy(order => order.Priority == Priority.Urgent ? 0 : 1)
            .ThenBy(order => order.ReceivedAt)
            .ThenBy(order => order.Id)
            .Select(WorkOrderSummary.Of)
            .ToPageAsync(query, cancellationToken);
    }
}
