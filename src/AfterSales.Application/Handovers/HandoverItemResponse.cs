using AfterSales.Domain.Handovers;

namespace AfterSales.Application.Handovers;

/// <summary>
/// One item. <see cref="ReferenceId"/> is the customer, work order, receivable, cash payment (<see cref="Cash"/>),
/// property item, part whose old part is still out, or renewal task; <see cref="AllowedOutcomes"/> are the outcomes it may end with (HC-4).
/// </summary>
public sealed record HandoverItemResponse(
    Guid Id,
    HandoverItemKind Kind,
    Guid? ReferenceId,
    bool Cash,
    string Description,
    string? SystemName,
    string? UserName,
    HandoverItemState State,
    HandoverOutcome? Outcome,
    string? Note,
    Guid? NewTechnicianId,
    string? EndedBy,
    DateTimeOffset? EndedAt,
    IReadOnlyList<HandoverOutcome> AllowedOutcomes);
