using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

/// <summary>
/// WO-12: a payment; <see cref="Unremitted"/> is cash still not with Finance after the company day it came in on.
/// <see cref="CollectedBy"/> (r2) is the technician who took the cash and owns it until remitted; none for other methods.
/// </summary>
public sealed record PaymentResponse(
    Guid Id,
    decimal Amount,
    PaymentMethod Method,
    Guid? CollectedBy,
    DateTimeOffset ReceivedAt,
    string RecordedBy,
    DateTimeOffset? RemittedAt,
    string? RemittedBy,
    bool Unremitted);
