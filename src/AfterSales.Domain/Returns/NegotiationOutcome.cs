namespace AfterSales.Domain.Returns;

/// <summary>
/// RX-2: what was agreed with the customer after the item failed inspection. <see cref="AcceptedBack"/>: the customer
/// takes the item back as it is; <see cref="PartialRefund"/>: the company keeps the item and refunds part of the price;
/// <see cref="RepairedUnderWorkOrder"/>: the item is repaired under a work order and stays with the customer.
/// </summary>
public enum NegotiationOutcome
{
    AcceptedBack,
    PartialRefund,
    RepairedUnderWorkOrder,
}
