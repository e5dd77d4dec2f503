namespace AfterSales.Application.WorkOrders.Changes;

/// <summary>X-8: one sync. Apply the tombstones and store the orders, then ask again with <see cref="NextToken"/>.</summary>
/// <param name="WorkOrders">Each changed order as <c>GET /work-orders/{id}</c> answers it for the caller.</param>
/// <param name="Tombstones">Orders the technician's copy should drop.</param>
public sealed record ChangesResponse(IReadOnlyList<WorkOrderResponse> WorkOrders, IReadOnlyList<TombstoneResponse> Tombstones, string NextToken);

/// <summary>An order no longer the technician's: reassigned to someone else (assignment, reassignment, handover) or cancelled.</summary>
public sealed record TombstoneResponse(Guid Id, TombstoneReason Reason);

public enum TombstoneReason
{
    Reassigned,
    Cancelled,
}
