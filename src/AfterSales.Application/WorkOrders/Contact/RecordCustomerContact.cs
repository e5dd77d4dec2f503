using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Contact;

/// <summary>
/// WO-5: the customer was reached (at <see cref="At"/>, the field time of WO-16; default now); a visit gets an appointment
/// window. A different window for a visit already agreed moves it (WO-20 r2): <see cref="MoveReason"/> says why, and
/// <see cref="CustomerToldAt"/> when the customer was told (default the contact's time).
/// </summary>
public sealed record RecordCustomerContact(
    DateTimeOffset? AppointmentStart,
    DateTimeOffset? AppointmentEnd,
    string? Note,
    DateTimeOffset? At,
    string? MoveReason = null,
    DateTimeOffset? CustomerToldAt = null) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordCustomerContactValidator : AbstractValidator<RecordCustomerContact>
{
    public RecordCustomerContactValidator(TimeProvider clock, IOptions<SlaOptions> sla)
    {
        RuleFor(command => command.At).IsFieldTime(clock, sla);
        RuleFor(command => command.AppointmentEnd).NotNull().When(command => command.AppointmentStart is not null)
            .WithMessage("An appointment needs both its start and its end.");
        RuleFor(command => command.AppointmentStart).NotNull().When(command => command.AppointmentEnd is not null)
            .WithMessage("An appointment needs both its start and its end.");
        RuleFor(command => command.AppointmentEnd).GreaterThan(command => command.AppointmentStart)
            .When(command => command.AppointmentStart is not null && command.AppointmentEnd is not null);
        RuleFor(command => command.Note).MaximumLength(1000);
        RuleFor(command => command.MoveReason).MaximumLength(500);
        RuleFor(command => command.CustomerToldAt).IsFieldTime(clock, sla);
    }
}

public sealed class RecordCustomerContactHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    TimeProvider clock)
    : ICommandHandler<RecordCustomerContact, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(RecordCustomerContact command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        var appointment = command.AppointmentStart is { } start && command.AppointmentEnd is { } end ? new Appointment(start, end) : null;
        order.RecordContact(appointment, command.Note, clock, command.At, command.MoveReason, command.CustomerToldAt);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
