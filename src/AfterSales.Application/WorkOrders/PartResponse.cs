using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

/// <summary>
/// WO-11: a part, its price against the list (PR-1), what it costs the customer (<see cref="Chargeable"/>), what is
/// held until its old part is back (<see cref="Deposit"/>), and who moved it through its lifecycle (r2).
/// </summary>
public sealed record PartResponse(
    Guid Id,
    string PartNumber,
    string Name,
    int Quantity,
    decimal UnitPrice,
    decimal? ListPrice,
    string? PriceReason,
    bool HasRecoveryValue,
    decimal Total,
    bool CustomerCaused,
    bool Chargeable,
    PartStatus Status,
    OldPartState OldPart,
    decimal Deposit,
    string? WaiverReason,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    string? DirectorApprovedBy,
    DateTimeOffset? DirectorApprovedAt,
    string? IssuedBy,
    DateTimeOffset? IssuedAt,
    string? FittedBy,
    DateTimeOffset? FittedAt,
    string? SerialNumber,
    string? BookedBackBy,
    DateTimeOffset? BookedBackAt,
    string? OldPartRecordedBy,
    DateTimeOffset? OldPartRecordedAt);
