using System.Text.Json.Serialization;

namespace AfterSales.Application.WorkOrders;

/// <summary>An action on one item of an order, a part or a payment: <c>POST /work-orders/{id}/{items}/{itemId}/{action}</c>.</summary>
public abstract record WorkOrderItemAction : WorkOrderAction
{
    /// <summary>From the route: the part or payment acted on.</summary>
    [JsonIgnore]
    public Guid ItemId { get; init; }

    /// <summary>The same action aimed at one item of an order, at the version the client expects.</summary>
    public TAction For<TAction>(Guid workOrderId, Guid itemId, uint? expectedVersion)
        where TAction : WorkOrderItemAction =>
        (TAction)(For<WorkOrderItemAction>(workOrderId, expectedVersion) with { ItemId = itemId });
}
