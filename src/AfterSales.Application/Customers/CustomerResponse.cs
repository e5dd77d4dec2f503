using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Customers;
using AutoMapper;

namespace AfterSales.Application.Customers;

public sealed record CustomerResponse(
    Guid Id,
    string Name,
    string Phone,
    string Address,
    Zone Zone,
    Guid? ResponsibleTechnicianId,
    DateOnly RegisteredOn,
    DateOnly? LastContactedOn,
    IReadOnlyList<EquipmentResponse> Equipment,
    uint Version) : IVersionedResource;

public sealed record EquipmentResponse(
    Guid Id,
    string Model,
    string SerialNumber,
    DateOnly PurchaseDate,
    DateOnly WarrantyEndsOn,
    DateOnly? ContractEndsOn,
    int? ArrivalWorkingHours,
    DateOnly DeliveryDate,
    EquipmentStatus Status);

public sealed class CustomerMappings : Profile
{
    public CustomerMappings()
    {
        CreateMap<Customer, CustomerResponse>();
        CreateMap<Equipment, EquipmentResponse>();
    }
}
