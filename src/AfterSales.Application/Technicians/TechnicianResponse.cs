using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Technicians;
using AutoMapper;

namespace AfterSales.Application.Technicians;

public sealed record TechnicianResponse(
    Guid Id,
    string EmployeeNumber,
    string Name,
    string Phone,
    string Team,
    Position Position,
    int PayLevel,
    DateOnly HireDate,
    Guid? SupervisorId,
    TechnicianStatus Status,
    IReadOnlyList<PropertyItemResponse> Property,
    IReadOnlyList<DisciplineRecordResponse> Discipline,
    uint Version) : IVersionedResource;

public sealed record PropertyItemResponse(
    Guid Id,
    PropertyKind Kind,
    string Description,
    string AssetTag,
    DateOnly IssuedOn,
    decimal OriginalPrice,
    DateOnly? ReturnedOn,
    DateOnly? LostOn,
    decimal? Compensation);

public sealed record DisciplineRecordResponse(Guid Id, DisciplineKind Kind, DateOnly OccurredOn, string Note, string RecordedBy, DateTimeOffset RecordedAt);

public sealed class TechnicianMappings : Profile
{
    public TechnicianMappings()
    {
        CreateMap<Technician, TechnicianResponse>();
        CreateMap<PropertyItem, PropertyItemResponse>();
        CreateMap<DisciplineRecord, DisciplineRecordResponse>();
    }
}
