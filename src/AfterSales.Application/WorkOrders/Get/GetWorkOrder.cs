using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.WorkOrders.Get;

public sealed record GetWorkOrder(Guid Id) : IQuery<WorkOrderResponse>;

/// <summary>WO-6: the order's six clocks.</summary>
public sealed record GetWorkOrderSla(Guid Id) : IQuery<IReadOnlyList<SlaClockResponse>>;

public sealed class GetWorkOrderHandlers(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper)
    : IQueryHandler<GetWorkOrder, WorkOrderResponse>,
      IQueryHandler<GetWorkOrderSla, IReadOnlyList<SlaClockResponse>>
{
    public async ValueTask<WorkOrderResponse> Handle(GetWorkOrder query, CancellationToken cancellationToken) =>
        mapper.Map<WorkOrderResponse>(await LoadVisible(ShownParts(db.WorkOrders), query.Id, cancellationToken));

    public async ValueTask<IReadOnlyList<SlaClockResponse>> Handle(GetWorkOrderSla query, CancellationToken cancellationToken)
    {
        var order = await LoadVisible(db.WorkOrders.IgnoreAutoIncludes().Include(order => order.Clocks), query.Id, cancellationToken);
        return [.. order.Clocks.OrderBy(clock => clock.Name).Select(mapper.Map<SlaClockResponse>)];
    }

    /// <summary>
    /// Just the parts <see cref="WorkOrderResponse"/> shows. Its six clocks (read at /sla) and its resolutions are left
    /// out: in the one joined query they would multiply the rows of every other part, and each row costs materialising.
    /// </summary>
    private static IQueryable<WorkOrder> ShownParts(IQueryable<WorkOrder> orders) => orders
        .IgnoreAutoIncludes()
        .Include(order => order.Assignments)
        .Include(order => order.TimeEntries)
        .Include(order => order.Photos)
        .Include(order => order.FollowUps)
        .Include(order => order.Parts)
        .Include(order => order.Payments);

    private async Task<WorkOrder> LoadVisible(IQueryable<WorkOrder> orders, Guid id, CancellationToken cancellationToken)
    {
        var order = await orders.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(WorkOrder), id);
        access.EnsureVisible(order);
        return order;
    }
}
