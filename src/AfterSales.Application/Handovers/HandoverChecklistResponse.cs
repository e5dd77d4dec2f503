using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Handovers;

namespace AfterSales.Application.Handovers;

/// <summary>
/// A handover checklist. <see cref="Overdue"/> (HC-6) depends on today, so it is decided when read. Items
/// come in kind order (customers, work orders, receivables, property, accounts, other).
/// </summary>
public sealed record HandoverChecklistResponse(
    Guid Id,
    Guid TechnicianId,
    HandoverReason Reason,
    DateOnly EffectiveDate,
    Guid SuccessorId,
    Guid? SupervisorId,
    string? NewTeam,
    HandoverStatus Status,
    bool Overdue,
    string StartedBy,
    DateTimeOffset StartedAt,
    string? CompletedBy,
    DateTimeOffset? CompletedAt,
    string? WithdrawnBy,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason,
    IReadOnlyList<HandoverItemResponse> Items,
    IReadOnlyList<HandoverSignOffResponse> SignOffs,
    uint Version) : IVersionedResource;
