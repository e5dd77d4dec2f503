using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Renewals;
using AutoMapper;

namespace AfterSales.Application.Renewals;

public sealed record RenewalTaskResponse(
    Guid Id,
    Guid CustomerId,
    Guid EquipmentId,
    Guid? TechnicianId,
    DateOnly ContractEndsOn,
    DateTimeOffset OpenedAt,
    RenewalTaskStatus Status,
    RenewalOutcome? Outcome,
    string? OutcomeNote,
    string? OutcomeBy,
    DateTimeOffset? OutcomeAt,
    DateOnly? RenewedUntil,
    uint Version) : IVersionedResource;

/// <summary>A list row: the task with whom to visit and which machine.</summary>
public sealed record RenewalTaskSummary(
    Guid Id,
    RenewalTaskStatus Status,
    Guid CustomerId,
    string CustomerName,
    string CustomerPhone,
    Guid EquipmentId,
    string Model,
    string SerialNumber,
    DateOnly ContractEndsOn,
    Guid? TechnicianId,
    DateTimeOffset OpenedAt,
    RenewalOutcome? Outcome);

public sealed class RenewalTaskMappings : Profile
{
    public RenewalTaskMappings() => CreateMap<RenewalTask, RenewalTaskResponse>();
}
