using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Payments;

/// <summary>
/// WO-12: money received from the customer, by default just now; <see cref="ReceivedAt"/> is the step's field time (WO-16).
/// Cash is recorded as collected by the caller's own technician, from the token (r2); the request cannot name another.
/// </summary>
public sealed record RecordPayment(decimal? Amount, PaymentMethod? Method, DateTimeOffset? ReceivedAt) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordPaymentValidator : AbstractValidator<RecordPayment>
{
    public RecordPaymentValidator(TimeProvider clock, IOptions<SlaOptions> sla)
    {
        RuleFor(command => command.ReceivedAt).IsFieldTime(clock, sla);
        RuleFor(command => command.Amount).NotNull().GreaterThan(0).IsMoney();
        RuleFor(command => command.Method).NotNull().IsInEnum();
    }
}

public sealed class RecordPaymentHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser user,
    WorkingCalendar calendar,
    TimeProvider clock)
    : ICommandHandler<RecordPayment, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(RecordPayment command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.RecordPayment(command.Amount!.Value, command.Method!.Value, command.ReceivedAt ?? clock.GetUtcNow(), user.UserName, calendar, clock, user.TechnicianId);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
