using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Complaints;
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
    IReadOnlyList<ComplaintReviewFlagResponse> ComplaintReviewFlags,
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

/// <summary>CP-7: a quarter and category in which the technician reached the review threshold; <see cref="WithdrawnAt"/> is set once upheld appeals took the count below it.</summary>
public sealed record ComplaintReviewFlagResponse(int Year, int Quarter, ComplaintCategory Category, DateTimeOffset RaisedAt, DateTimeOffset? WithdrawnAt);

public sealed class TechnicianMappings : Profile
{
    public TechnicianMappings()
    {
        CreateMap<Technician, TechnicianResponse>();
        CreateMap<PropertyItem, PropertyItemResponse>();
        CreateMap<DisciplineRecord, DisciplineRecordResponse>();
        CreateMap<ComplaintReviewFlag, ComplaintReviewFlagResponse>();
    }
}
