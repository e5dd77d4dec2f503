using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Actions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.WorkOrders;

/// <summary>An action on one existing order: <c>POST /work-orders/{id}/{action}</c>; the body is the derived record.</summary>
public abstract record WorkOrderAction : AggregateAction<WorkOrderResponse>;

/// <summary>An order action on an order the caller may see, answered with the order.</summary>
public abstract class WorkOrderActionHandler<TAction>(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper)
    : AggregateActionHandler<WorkOrder, TAction, WorkOrderResponse>(db, mapper)
    where TAction : AggregateAction<WorkOrderResponse>
{
    protected WorkOrderAccess Access => access;

    protected override DbSet<WorkOrder> Aggregates => Db.WorkOrders;

    protected override void EnsureVisible(WorkOrder order) => access.EnsureVisible(order);
}
