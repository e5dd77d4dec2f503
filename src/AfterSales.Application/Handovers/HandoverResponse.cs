using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Time;
using AfterSales.Domain.Handovers;
using AutoMapper;

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
    Guid SupervisorId,
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

/// <summary>
/// One item. <see cref="ReferenceId"/> is the customer, work order, receivable, cash payment (<see cref="Cash"/>)
/// or property item; <see cref="AllowedOutcomes"/> are the outcomes it may end with (HC-4).
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

public sealed record HandoverSignOffResponse(HandoverParty Party, string By, bool OnBehalf, DateTimeOffset At);

/// <summary>HC-6: whether a checklist is overdue is decided against the company's today each time it is read.</summary>
public sealed class HandoverChecklistResponseConverter(CompanyCalendar calendar) : ITypeConverter<HandoverChecklist, HandoverChecklistResponse>
{
    public HandoverChecklistResponse Convert(HandoverChecklist source, HandoverChecklistResponse destination, ResolutionContext context) =>
        new(
            source.Id,
            source.TechnicianId,
            source.Reason,
            source.EffectiveDate,
            source.SuccessorId,
            source.SupervisorId,
            source.NewTeam,
            source.Status,
            source.IsOverdueOn(calendar.Today),
            source.StartedBy,
            source.StartedAt,
            source.CompletedBy,
            source.CompletedAt,
            source.WithdrawnBy,
            source.WithdrawnAt,
            source.WithdrawalReason,
            [.. source.Items.OrderBy(item => item.Kind).ThenBy(item => item.Description, StringComparer.Ordinal).ThenBy(item => item.Id).Select(context.Mapper.Map<HandoverItemResponse>)],
            [.. source.SignOffs.OrderBy(signOff => signOff.Party).Select(context.Mapper.Map<HandoverSignOffResponse>)],
            source.Version);
}

public sealed class HandoverMappings : Profile
{
    public HandoverMappings()
    {
        CreateMap<HandoverChecklist, HandoverChecklistResponse>().ConvertUsing<HandoverChecklistResponseConverter>();
        CreateMap<HandoverItem, HandoverItemResponse>();
        CreateMap<HandoverSignOff, HandoverSignOffResponse>();
    }
}
