using AfterSales.Application.Common.Actions;

namespace AfterSales.Application.WorkOrders;

/// <summary>An action on one item of an order, a part or a payment: <c>POST /work-orders/{id}/{items}/{itemId}/{action}</c>.</summary>
public abstract record WorkOrderItemAction : AggregateItemAction<WorkOrderResponse>;
