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
        mapper.Map<WorkOrderResponse>(await LoadVisible(query.Id, cancellationToken));

    public async ValueTask<IReadOnlyList<SlaClockResponse>> Handle(GetWorkOrderSla query, CancellationToken cancellationToken) =>
        [.. (await LoadVisible(query.Id, cancellationToken)).Clocks.OrderBy(clock => clock.Name).Select(mapper.Map<SlaClockResponse>)];

    private async Task<WorkOrder> LoadVisible(Guid id, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(WorkOrder), id);
        access.EnsureVisible(order);
        return order;
    }
}
