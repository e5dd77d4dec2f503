using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.SalesLeads;
using AutoMapper;

namespace AfterSales.Application.SalesLeads;

public sealed record SalesLeadResponse(
    Guid Id,
    Guid CustomerId,
    Guid? TechnicianId,
    Guid? WorkOrderId,
    string Model,
    string Note,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    SalesLeadStatus Status,
    string? StatusChangedBy,
    DateTimeOffset? StatusChangedAt,
    uint Version) : IVersionedResource;

/// <summary>A list row for sales: the lead with whom to call about it.</summary>
public sealed record SalesLeadSummary(
    Guid Id,
    SalesLeadStatus Status,
    Guid CustomerId,
    string CustomerName,
    string CustomerPhone,
    string Model,
    string Note,
    Guid? TechnicianId,
    Guid? WorkOrderId,
    string RecordedBy,
    DateTimeOffset RecordedAt);

public sealed class SalesLeadMappings : Profile
{
    public SalesLeadMappings() => CreateMap<SalesLead, SalesLeadResponse>();
}
