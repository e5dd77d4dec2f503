namespace AfterSales.Domain.Returns;

/// <summary>
/// RX-2: the request's flow. <see cref="Refused"/>, <see cref="Refunded"/>, <see cref="Exchanged"/> and
/// <see cref="Settled"/> (a negotiation that left the item with the customer) are final.
/// </summary>
public enum ReturnStatus
{
    Requested,
    Approved,
    Refused,
    PickupArranged,
    AwaitingDropOff,
    Received,
    Inspected,
    Negotiating,
    Refunded,
    Exchanged,
    Settled,
}
