using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.WorkOrders.Contact;

/// <summary>WO-5: the customer was reached; a visit gets an appointment window.</summary>
public sealed record RecordCustomerContact(DateTimeOffset? AppointmentStart, DateTimeOffset? AppointmentEnd, string? Note) : WorkOrderAction;

public sealed class RecordCustomerContactValidator : AbstractValidator<RecordCustomerContact>
{
    public RecordCustomerContactValidator()
    {
        RuleFor(command => command.AppointmentEnd).NotNull().When(command => command.AppointmentStart is not null)
            .WithMessage("An appointment needs both its start and its end.");
        RuleFor(command => command.AppointmentStart).NotNull().When(command => command.AppointmentEnd is not null)
            .WithMessage("An appointment needs both its start and its end.");
        RuleFor(command => command.AppointmentEnd).GreaterThan(command => command.AppointmentStart)
            .When(command => command.AppointmentStart is not null && command.AppointmentEnd is not null);
        RuleFor(command => command.Note).MaximumLength(1000);
    }
}

public sealed class RecordCustomerContactHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, TimeProvider clock)
    : WorkOrderActionHandler<RecordCustomerContact>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, RecordCustomerContact command, CancellationToken cancellationToken)
    {
        var appointment = command.AppointmentStart is { } start && command.AppointmentEnd is { } end ? new Appointment(start, end) : null;
        order.RecordContact(appointment, command.Note, clock);
        return Task.CompletedTask;
    }
}
