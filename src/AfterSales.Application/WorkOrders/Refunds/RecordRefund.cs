using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Refunds;

/// <summary>
/// WO-11 (r2), WO-12: Finance paid back to the customer (by default just now) part or all of what the order owes them;
/// <see cref="Reference"/> is the bank's or the till's, to match the statement.
/// </summary>
public sealed record RecordRefund(decimal? Amount, PaymentMethod? Method, string? Reference, DateTimeOffset? RefundedAt) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordRefundValidator : AbstractValidator<RecordRefund>
{
    public RecordRefundValidator()
    {
        RuleFor(command => command.Amount).NotNull().GreaterThan(0).IsMoney();
        RuleFor(command => command.Method).NotNull().IsInEnum();
        RuleFor(command => command.Reference).MaximumLength(Refund.ReferenceMaxLength);
    }
}

public sealed class RecordRefundHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser user,
    WorkingCalendar calendar,
    TimeProvider clock)
    : ICommandHandler<RecordRefund, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(RecordRefund command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.RecordRefund(command.Amount!.Value, command.Method!.Value, command.Reference, command.RefundedAt ?? clock.GetUtcNow(), user.UserName, calendar, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
