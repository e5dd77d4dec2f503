using AfterSales.Application.Abstractions;
using AfterSales.Application.WorkOrders.Site;
using AfterSales.Domain.WorkOrders;
using AutoMapper;

namespace AfterSales.Application.WorkOrders;

/// <summary>
/// An order as the caller sees it: its representation, the actions open to them (WO-22) and, for its technician, the
/// site (WO-21). Commands answer with it from the aggregate, reads from SQL; both end in <c>ForCallerAsync</c>.
/// </summary>
public sealed class WorkOrderResponses(IMapper mapper, ICurrentUser caller, WorkOrderSites sites)
{
    public Task<WorkOrderResponse> OfAsync(WorkOrder order, CancellationToken cancellationToken) =>
        ForCallerAsync(mapper.Map<WorkOrderResponse>(order), cancellationToken);

    public async Task<WorkOrderResponse> ForCallerAsync(WorkOrderResponse order, CancellationToken cancellationToken) =>
        (await ForCallerAsync([order], cancellationToken))[0];

    public Task<IReadOnlyList<WorkOrderResponse>> ForCallerAsync(IReadOnlyList<WorkOrderResponse> orders, CancellationToken cancellationToken) =>
        sites.AddToAsync([.. orders.Select(order => order with { AllowedActions = WorkOrderActionAccess.AllowedFor(order.Status, caller) })], cancellationToken);
}
