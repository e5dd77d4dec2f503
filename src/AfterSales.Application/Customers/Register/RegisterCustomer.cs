using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Application.Customers.EquipmentRegistration;
using AfterSales.Domain.Customers;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Customers.Register;

/// <summary>CU-1: opens a customer card, optionally with the customer's equipment and responsible technician.</summary>
public sealed record RegisterCustomer(
    string Name,
    string Phone,
    string Address,
    Zone? Zone,
    Guid? ResponsibleTechnicianId,
    IReadOnlyList<EquipmentDetails>? Equipment) : ICommand<CustomerResponse>;

public sealed class RegisterCustomerValidator : AbstractValidator<RegisterCustomer>
{
    public RegisterCustomerValidator()
    {
        RuleFor(command => command.Name).NotEmpty().MaximumLength(200);
        RuleFor(command => command.Phone).NotEmpty().MaximumLength(30);
        RuleFor(command => command.Address).NotEmpty().MaximumLength(500);
        RuleFor(command => command.Zone).NotNull().IsInEnum();
        RuleFor(command => command.Equipment).Must(equipment => equipment is null || equipment.Count <= 100)
            .WithMessage("At most 100 equipment items can be registered at once.");
        RuleForEach(command => command.Equipment).NotNull().SetValidator(new EquipmentDetailsValidator());
    }
}

public sealed class RegisterCustomerHandler(IAfterSalesDbContext db, CompanyCalendar calendar, TimeProvider clock, IMapper mapper)
    : ICommandHandler<RegisterCustomer, CustomerResponse>
{
    public async ValueTask<CustomerResponse> Handle(RegisterCustomer command, CancellationToken cancellationToken)
    {
        var customer = Customer.Register(command.Name, command.Phone, command.Address, command.Zone!.Value, calendar.Today, clock);
        if (command.ResponsibleTechnicianId is { } technicianId)
        {
            var technician = await db.Technicians.FirstOrDefaultAsync(t => t.Id == technicianId, cancellationToken)
                ?? throw Reference.Unknown("responsibleTechnicianId", "technician", technicianId);
            customer.AssignResponsibleTechnician(technician, clock);
        }

        foreach (var equipment in command.Equipment ?? [])
        {
            customer.AddEquipment(equipment.Model, equipment.SerialNumber, equipment.PurchaseDate!.Value, equipment.WarrantyEndsOn!.Value, equipment.ContractEndsOn, clock, equipment.ArrivalWorkingHours, equipment.DeliveryDate);
        }

        db.Customers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<CustomerResponse>(customer);
    }
}
