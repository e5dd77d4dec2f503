using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

/// <summary>WO-11: a part, what it costs the customer (<see cref="Chargeable"/>) and what is held until its old part is back (<see cref="Deposit"/>).</summary>
public sealed record PartResponse(
    Guid Id,
    string PartNumber,
    string Name,
    int Quantity,
    decimal UnitPrice,
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
    DateTimeOffset? IssuedAt,
    string? OldPartRecordedBy,
    DateTimeOffset? OldPartRecordedAt);
