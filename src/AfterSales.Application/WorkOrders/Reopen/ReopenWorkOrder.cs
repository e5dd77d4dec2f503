using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Reopen;

/// <summary>The fault came back: a closed order returns to its technician within [WorkOrders:ReopenWindowDays].</summary>
public sealed record ReopenWorkOrder(string Reason) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ReopenWorkOrderValidator : AbstractValidator<ReopenWorkOrder>
{
    public ReopenWorkOrderValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(500);
}

public sealed class ReopenWorkOrderHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    IOptions<WorkOrderOptions> options,
    TimeProvider clock)
    : ICommandHandler<ReopenWorkOrder, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(ReopenWorkOrder command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.Reopen(command.Reason, options.Value.ReopenWindowDays, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
