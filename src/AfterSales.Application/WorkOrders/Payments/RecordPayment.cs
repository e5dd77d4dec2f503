using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.WorkOrders.Payments;

/// <summary>WO-12: money received from the customer, by default just now.</summary>
public sealed record RecordPayment(decimal? Amount, PaymentMethod? Method, DateTimeOffset? ReceivedAt) : WorkOrderAction;

public sealed class RecordPaymentValidator : AbstractValidator<RecordPayment>
{
    public RecordPaymentValidator()
    {
        RuleFor(command => command.Amount).NotNull().GreaterThan(0).IsMoney();
        RuleFor(command => command.Method).NotNull().IsInEnum();
    }
}

public sealed class RecordPaymentHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    IMapper mapper,
    ICurrentUser user,
    WorkingCalendar calendar,
    TimeProvider clock)
    : WorkOrderActionHandler<RecordPayment>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, RecordPayment command, CancellationToken cancellationToken)
    {
        order.RecordPayment(command.Amount!.Value, command.Method!.Value, command.ReceivedAt ?? clock.GetUtcNow(), user.UserName, calendar, clock);
        return Task.CompletedTask;
    }
}
