namespace AfterSales.Domain.Returns;

/// <summary>RX-2: the steps of a return or exchange request, as the lifecycle table names them.</summary>
public enum ReturnAction
{
    GrantException,
    Approve,
    Refuse,
    ArrangePickup,
    AwaitDropOff,
    Receive,
    Inspect,
    Refund,
    Exchange,
    Negotiate,
}
