using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Customers.EquipmentRegistration;

/// <summary>CU-1: another machine on the customer's card.</summary>
public sealed record AddEquipment(
    string Model,
    string SerialNumber,
    DateOnly? PurchaseDate,
    DateOnly? WarrantyEndsOn,
    DateOnly? ContractEndsOn,
    int? ArrivalWorkingHours = null,
    DateOnly? DeliveryDate = null) : ICommand<CustomerResponse>, IEquipmentDetails
{
    [JsonIgnore]
    public Guid CustomerId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class AddEquipmentValidator : AbstractValidator<AddEquipment>
{
    public AddEquipmentValidator() => Include(new EquipmentDetailsValidator());
}

public sealed class AddEquipmentHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<AddEquipment, CustomerResponse>
{
    public async ValueTask<CustomerResponse> Handle(AddEquipment command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.LoadForChangeAsync(command.CustomerId, command.ExpectedVersion, cancellationToken);
        customer.AddEquipment(command.Model, command.SerialNumber, command.PurchaseDate!.Value, command.WarrantyEndsOn!.Value, command.ContractEndsOn, clock, command.ArrivalWorkingHours, command.DeliveryDate);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<CustomerResponse>(customer);
    }
}
