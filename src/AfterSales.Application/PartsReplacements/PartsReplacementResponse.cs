using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.PartsReplacements;
using AfterSales.Domain.ServiceLevels;
using AutoMapper;

namespace AfterSales.Application.PartsReplacements;

/// <summary>PS-1: a parts-replacement request with its response and ship clocks and, once shipped, its shipment (PR-3).</summary>
public sealed record PartsReplacementResponse(
    Guid Id,
    string Number,
    ReplacementStatus Status,
    Guid CustomerId,
    Guid EquipmentId,
    RequestedPartResponse Part,
    ReplacementReason Reason,
    string Description,
    DateTimeOffset RequestedAt,
    string RegisteredBy,
    ReplacementClockResponse Response,
    ReplacementClockResponse Shipping,
    string? ResponsiblePerson,
    string? Plan,
    DateTimeOffset? RespondedAt,
    Guid? ShipmentId,
    DateTimeOffset? ShippedAt,
    uint Version) : IVersionedResource;

public sealed record RequestedPartResponse(string PartNumber, string Name, int Quantity);

/// <summary>A PS-1 clock: due at <see cref="Deadline"/>, stopped at <see cref="StoppedAt"/>; a breach is recorded once.</summary>
public sealed record ReplacementClockResponse(DateTimeOffset Deadline, DateTimeOffset? StoppedAt, SlaState State);

public sealed class PartsReplacementMappings : Profile
{
    public PartsReplacementMappings()
    {
        CreateMap<RequestedPart, RequestedPartResponse>();
        CreateMap<SlaClock, ReplacementClockResponse>();
        CreateMap<PartsReplacementRequest, PartsReplacementResponse>();
    }
}
