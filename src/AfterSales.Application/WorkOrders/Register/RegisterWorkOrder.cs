using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Queries;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Application.Customers.EquipmentRegistration;
using AfterSales.Domain.Customers;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.WorkOrders.Register;

public sealed record NewCustomer(string Name, string Phone, string Address, Zone? Zone);

/// <summary>
/// WO-1: a repair request for an existing customer (<see cref="CustomerId"/>) or a new one
/// (<see cref="Customer"/>), about a machine on the card (<see cref="EquipmentId"/>) or given by model
/// and serial (<see cref="Equipment"/>, added to the card when new). Service type defaults by CU-2,
/// zone from the customer, received time to now. A salesperson's order says when they heard of the fault (WO-19).
/// </summary>
public sealed record RegisterWorkOrder(
    Guid? CustomerId,
    NewCustomer? Customer,
    Guid? EquipmentId,
    EquipmentDetails? Equipment,
    string ProblemDescription,
    Zone? Zone,
    Priority? Priority,
    Channel? Channel,
    ServiceType? ServiceType,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? SalespersonHeardAt = null) : ICommand<WorkOrderResponse>, IWorkOrderDetails;

/// <summary>What a work order is registered with besides its channel and receipt: shared by registration and an inquiry's conversion (IQ-1).</summary>
public interface IWorkOrderDetails
{
    Guid? CustomerId { get; }

    NewCustomer? Customer { get; }

    Guid? EquipmentId { get; }

    EquipmentDetails? Equipment { get; }

    string ProblemDescription { get; }

    Zone? Zone { get; }

    Priority? Priority { get; }

    ServiceType? ServiceType { get; }
}

/// <summary>
/// The rules on <see cref="IWorkOrderDetails"/>, a base of each command's validator (so the OpenAPI document reads them
/// as that command's own); whether a customer must be named is each command's business.
/// </summary>
public abstract class WorkOrderDetailsValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : IWorkOrderDetails
{
    protected WorkOrderDetailsValidator()
    {
        RuleFor(command => command.Customer).Null().When(command => command.CustomerId is not null)
            .WithMessage("Give either customerId or customer, not both.");
        When(command => command.Customer is not null, () =>
        {
            RuleFor(command => command.Customer!.Name).NotEmpty().MaximumLength(200);
            RuleFor(command => command.Customer!.Phone).NotEmpty().MaximumLength(30);
            RuleFor(command => command.Customer!.Address).NotEmpty().MaximumLength(500);
            RuleFor(command => command.Customer!.Zone).NotNull().IsInEnum();
        });
        RuleFor(command => command.EquipmentId).NotEmpty().When(command => command.Equipment is null)
            .WithMessage("Give either equipmentId or equipment.");
        RuleFor(command => command.Equipment).Null().When(command => command.EquipmentId is not null)
            .WithMessage("Give either equipmentId or equipment, not both.");
        RuleFor(command => command.Equipment!).SetValidator(new EquipmentDetailsValidator()).When(command => command.Equipment is not null);
        RuleFor(command => command.ProblemDescription).NotEmpty().MaximumLength(4000);
        RuleFor(command => command.Zone).IsInEnum();
        RuleFor(command => command.Priority).NotNull().IsInEnum();
        RuleFor(command => command.ServiceType).IsInEnum();
    }
}

public sealed class RegisterWorkOrderValidator : WorkOrderDetailsValidator<RegisterWorkOrder>
{
    public RegisterWorkOrderValidator()
    {
        RuleFor(command => command.CustomerId).NotEmpty().When(command => command.Customer is null)
            .WithMessage("Give either customerId or customer.");
        RuleFor(command => command.Channel).NotNull().IsInEnum();
        RuleFor(command => command.SalespersonHeardAt).NotNull().When(command => command.Channel == Channel.Salesperson)
            .WithMessage("WO-19: an order from the Salesperson channel says when the salesperson heard of the fault.");
        RuleFor(command => command.SalespersonHeardAt).Null().When(command => command.Channel != Channel.Salesperson)
            .WithMessage("WO-19: only an order from the Salesperson channel says when a salesperson heard of it.");
    }
}

public sealed class RegisterWorkOrderHandler(IAfterSalesDbContext db, WorkOrderRegistration registration, WorkOrderResponses responses)
    : ICommandHandler<RegisterWorkOrder, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(RegisterWorkOrder command, CancellationToken cancellationToken)
    {
        var order = await registration.RegisterAsync(command, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}

/// <summary>
/// WO-1's registration up to the save: the customer and machine found or added to the card, the number, the domain's
/// factory. <c>POST /work-orders</c> and an inquiry turned into a work order (IQ-1) both register through it.
/// </summary>
public sealed class WorkOrderRegistration(
    IAfterSalesDbContext db,
    IWorkOrderNumbers numbers,
    SlaPolicy sla,
    CompanyCalendar calendar,
    TimeProvider clock)
{
    // Registering is the busiest command of the day, so its one lookup is compiled.
    private static readonly Func<IAfterSalesDbContext, Guid, CancellationToken, Task<Customer?>> CustomerById =
        CompiledQuery.Of((DbContext context, Guid id, CancellationToken _) => context.Set<Customer>().FirstOrDefault(customer => customer.Id == id));

    public async Task<WorkOrder> RegisterAsync(RegisterWorkOrder command, CancellationToken cancellationToken)
    {
        var customer = await CustomerOf(command, cancellationToken);
        var equipment = EquipmentOf(command, customer);
        var receivedAt = command.ReceivedAt ?? clock.GetUtcNow();
        var number = await numbers.NextAsync(sla.Calendar.LocalDate(receivedAt), cancellationToken);

        var order = WorkOrder.Register(
            number,
            command.Channel!.Value,
            customer,
            equipment,
            command.ProblemDescription,
            command.Zone ?? customer.Zone,
            command.Priority!.Value,
            command.ServiceType,
            receivedAt,
            sla,
            clock,
            command.SalespersonHeardAt);
        db.WorkOrders.Add(order);
        return order;
    }

    private async Task<Customer> CustomerOf(RegisterWorkOrder command, CancellationToken cancellationToken)
    {
        if (command.CustomerId is { } customerId)
        {
            return await CustomerById(db, customerId, cancellationToken)
                ?? throw Reference.Unknown("customerId", "customer", customerId);
        }

        var details = command.Customer!;
        var created = Customer.Register(details.Name, details.Phone, details.Address, details.Zone!.Value, calendar.Today, clock);
        db.Customers.Add(created);
        return created;
    }

    private Equipment EquipmentOf(RegisterWorkOrder command, Customer customer)
    {
        if (command.EquipmentId is { } equipmentId)
        {
            return customer.Equipment.FirstOrDefault(equipment => equipment.Id == equipmentId)
                ?? throw Reference.Unknown("equipmentId", "machine on this customer's card", equipmentId);
        }

        var details = command.Equipment!;
        return customer.FindEquipment(details.Model, details.SerialNumber)
            ?? customer.AddEquipment(details.Model, details.SerialNumber, details.PurchaseDate!.Value, details.WarrantyEndsOn!.Value, details.ContractEndsOn, clock, details.ArrivalWorkingHours, details.DeliveryDate);
    }
}
