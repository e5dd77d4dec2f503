using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Cancel;

/// <summary>The request is withdrawn before work starts.</summary>
public sealed record CancelWorkOrder(string Reason) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class CancelWorkOrderValidator : AbstractValidator<CancelWorkOrder>
{
    public CancelWorkOrderValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(500);
}

public sealed class CancelWorkOrderHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    TimeProvider clock)
    : ICommandHandler<CancelWorkOrder, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(CancelWorkOrder command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.Cancel(command.Reason, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
