using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;

namespace AfterSales.Application.WorkOrders;

/// <summary>An order as the caller sees it: its representation and the actions open to them (WO-22).</summary>
public sealed class WorkOrderResponses(IMapper mapper, ICurrentUser caller)
{
    public WorkOrderResponse Of(WorkOrder order) =>
        mapper.Map<WorkOrderResponse>(order) with { AllowedActions = WorkOrderActionAccess.AllowedFor(order.Status, caller) };
}
