using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

/// <summary>WO-11 (r2), WO-12: money Finance paid back to the customer on the order.</summary>
public sealed record RefundResponse(
    Guid Id,
    decimal Amount,
    PaymentMethod Method,
    string? Reference,
    DateTimeOffset RefundedAt,
    DateOnly RefundedOn,
    string RecordedBy);
