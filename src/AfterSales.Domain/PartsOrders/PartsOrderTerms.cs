namespace AfterSales.Domain.PartsOrders;

/// <summary>PR-2: a parts-only order waits for payment (or the responsible technician's acceptance on account), then ships (PR-3).</summary>
public enum PartsOrderStatus
{
    /// <summary>Registered; nothing paid, nothing accepted on account.</summary>
    AwaitingPayment,

    /// <summary>The customer says the money was sent; Finance confirms it within [Pricing:PaymentConfirmHours].</summary>
    PaymentArrived,

    /// <summary>Finance confirmed payment of the whole total: the shipment is released.</summary>
    Paid,

    /// <summary>The customer's responsible technician accepted the amount as a receivable (WO-12): the shipment is released.</summary>
    OnAccount,

    /// <summary>The Warehouse booked the parts out (PR-3).</summary>
    Shipped,

    Cancelled,
}

/// <summary>Everything that can be done to a parts-only order; <see cref="PartsOrderLifecycle"/> says in which statuses.</summary>
public enum PartsOrderAction
{
    RecordPaymentArrival,
    ConfirmPayment,
    AcceptOnAccount,
    Ship,
    Cancel,
}
