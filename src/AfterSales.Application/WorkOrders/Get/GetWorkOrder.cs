using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Queries;
using AfterSales.Domain.Common;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.WorkOrders.Get;

public sealed record GetWorkOrder(Guid Id) : IQuery<WorkOrderResponse>;

/// <summary>WO-6: the order's six clocks.</summary>
public sealed record GetWorkOrderSla(Guid Id) : IQuery<IReadOnlyList<SlaClockResponse>>;

public sealed class GetWorkOrderHandlers(IAfterSalesDbContext db, WorkOrderAccess access, WorkOrderResponses responses, IMapper mapper)
    : IQueryHandler<GetWorkOrder, WorkOrderResponse>,
      IQueryHandler<GetWorkOrderSla, IReadOnlyList<SlaClockResponse>>
{
    /// <summary>
    /// Just the parts <see cref="WorkOrderResponse"/> shows. Its six clocks (read at /sla) and its resolutions are left
    /// out: in the one joined query they would multiply the rows of every other part, and each row costs materialising.
    /// </summary>
    private static readonly Func<IAfterSalesDbContext, Guid, CancellationToken, Task<WorkOrder?>> WithShownParts =
        CompiledQuery.Of((DbContext context, Guid id, CancellationToken _) => context.Set<WorkOrder>()
            .AsNoTracking()
            .IgnoreAutoIncludes()
            .Include(order => order.Assignments)
            .Include(order => order.TimeEntries)
            .Include(order => order.Photos)
            .Include(order => order.FollowUps)
            .Include(order => order.Parts)
            .Include(order => order.Payments)
            .FirstOrDefault(order => order.Id == id));

    public async ValueTask<WorkOrderResponse> Handle(GetWorkOrder query, CancellationToken cancellationToken) =>
        responses.Of(Visible(await WithShownParts(db, query.Id, cancellationToken), query.Id));

    public async ValueTask<IReadOnlyList<SlaClockResponse>> Handle(GetWorkOrderSla query, CancellationToken cancellationToken)
    {
        var order = Visible(
            await db.WorkOrders.AsNoTracking().IgnoreAutoIncludes().FirstOrDefaultAsync(order => order.Id == query.Id, cancellationToken),
            query.Id);
        return [.. order.Clocks.OrderBy(clock => clock.Name).Select(mapper.Map<SlaClockResponse>)];
    }

    private WorkOrder Visible(WorkOrder? order, Guid id)
    {
        if (order is null)
        {
            throw new NotFoundException(nameof(WorkOrder), id);
        }

        access.EnsureVisible(order);
        return order;
    }
}
