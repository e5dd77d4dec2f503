using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

/// <summary>WO-12 (r2): one version of the quote, its lines priced on <see cref="PricedOn"/>, its discount and where it stands.</summary>
public sealed record QuoteResponse(
    int Number,
    QuoteStatus Status,
    DateOnly PricedOn,
    IReadOnlyList<QuoteLineResponse> Lines,
    decimal Labour,
    decimal Parts,
    decimal DiscountPercent,
    string? DiscountReason,
    decimal Discount,
    decimal Total,
    bool DiscountNeedsApproval,
    string? DiscountApprovedBy,
    DateTimeOffset? DiscountApprovedAt,
    Guid TechnicianId,
    string ProposedBy,
    DateTimeOffset ProposedAt,
    string? AcceptedBy,
    DateTimeOffset? AcceptedAt);

public sealed record QuoteLineResponse(QuoteLineKind Kind, string Code, string Name, decimal Quantity, decimal ListPrice, decimal UnitPrice, string? PriceReason, decimal Amount);
