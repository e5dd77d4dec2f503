using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Complaints.Register;

/// <summary>
/// CP-1: a complaint by an existing customer, with the related work order, machine and accused technician
/// when known, and the response time promised to the customer (required). The machine defaults to the order's.
/// </summary>
public sealed record RegisterComplaint(
    Guid? CustomerId,
    Channel? Channel,
    string Description,
    ComplaintCategory? Category,
    ComplaintSeverity? Severity,
    Guid? WorkOrderId,
    Guid? EquipmentId,
    Guid? TechnicianId,
    DateTimeOffset? PromisedResponseBy) : ICommand<ComplaintResponse>, IComplaintDetails;

/// <summary>What a complaint is registered with besides its customer and channel: shared by registration and an inquiry's conversion (IQ-1).</summary>
public interface IComplaintDetails
{
    string Description { get; }

    ComplaintCategory? Category { get; }

    ComplaintSeverity? Severity { get; }

    Guid? WorkOrderId { get; }

    Guid? EquipmentId { get; }

    Guid? TechnicianId { get; }

    DateTimeOffset? PromisedResponseBy { get; }
}

/// <summary>The rules on <see cref="IComplaintDetails"/>, a base of each command's validator (so the OpenAPI document reads them as that command's own).</summary>
public abstract class ComplaintDetailsValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : IComplaintDetails
{
    protected ComplaintDetailsValidator()
    {
        RuleFor(command => command.Description).NotEmpty().MaximumLength(Complaint.DescriptionMaxLength);
        RuleFor(command => command.Category).NotNull().IsInEnum();
        RuleFor(command => command.Severity).NotNull().IsInEnum();
        RuleFor(command => command.PromisedResponseBy).NotNull().WithMessage("CP-1: the response time promised to the customer is required.");
    }
}

public sealed class RegisterComplaintValidator : ComplaintDetailsValidator<RegisterComplaint>
{
    public RegisterComplaintValidator()
    {
        RuleFor(command => command.CustomerId).NotEmpty();
        RuleFor(command => command.Channel).NotNull().IsInEnum();
    }
}

public sealed class RegisterComplaintHandler(IAfterSalesDbContext db, ComplaintRegistration registration, IMapper mapper)
    : ICommandHandler<RegisterComplaint, ComplaintResponse>
{
    public async ValueTask<ComplaintResponse> Handle(RegisterComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await registration.RegisterAsync(command, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ComplaintResponse>(complaint);
    }
}

/// <summary>
/// CP-1's registration up to the save: the customer, order, machine and accused technician looked up, the number, the
/// domain's factory. <c>POST /complaints</c> and an inquiry turned into a complaint (IQ-1) both register through it.
/// </summary>
public sealed class ComplaintRegistration(
    IAfterSalesDbContext db,
    IComplaintNumbers numbers,
    ComplaintPolicy policy,
    ICurrentUser user,
    TimeProvider clock)
{
    public async Task<Complaint> RegisterAsync(RegisterComplaint command, CancellationToken cancellationToken)
    {
        var customerId = command.CustomerId!.Value;
        var customer = await db.Customers.FirstOrDefaultAsync(candidate => candidate.Id == customerId, cancellationToken)
            ?? throw Reference.Unknown("customerId", "customer", customerId);
        var workOrder = await WorkOrderOf(command, customerId, cancellationToken);
        var equipment = EquipmentOf(command, customer);
        var accused = await AccusedOf(command, cancellationToken);
        var number = await numbers.NextAsync(policy.Calendar.LocalDate(clock.GetUtcNow()), cancellationToken);

        var complaint = Complaint.Register(
            number,
            command.Channel!.Value,
            customer,
            workOrder,
            equipment,
            accused,
            command.Category!.Value,
            command.Severity!.Value,
            command.Description,
            command.PromisedResponseBy!.Value,
            user.UserName,
            policy.Calendar,
            clock);
        db.Complaints.Add(complaint);
        return complaint;
    }

    private async Task<WorkOrder?> WorkOrderOf(RegisterComplaint command, Guid customerId, CancellationToken cancellationToken) =>
        command.WorkOrderId is { } workOrderId
            ? await db.WorkOrders.FirstOrDefaultAsync(order => order.Id == workOrderId && order.CustomerId == customerId, cancellationToken)
                ?? throw Reference.Unknown("workOrderId", "work order of this customer", workOrderId)
            : null;

    private static Equipment? EquipmentOf(RegisterComplaint command, Customer customer) =>
        command.EquipmentId is { } equipmentId
            ? customer.Equipment.FirstOrDefault(equipment => equipment.Id == equipmentId)
                ?? throw Reference.Unknown("equipmentId", "machine on this customer's card", equipmentId)
            : null;

    private async Task<Technician?> AccusedOf(RegisterComplaint command, CancellationToken cancellationToken) =>
        command.TechnicianId is { } technicianId
            ? await db.Technicians.FirstOrDefaultAsync(technician => technician.Id == technicianId, cancellationToken)
                ?? throw Reference.Unknown("technicianId", "technician", technicianId)
            : null;
}
