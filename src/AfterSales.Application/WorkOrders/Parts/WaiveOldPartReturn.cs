using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Parts;

/// <summary>WO-11: Finance excuses the return of a replaced part, with the reason; its deposit is released.</summary>
public sealed record WaiveOldPartReturn(string Reason) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public Guid PartId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class WaiveOldPartReturnValidator : AbstractValidator<WaiveOldPartReturn>
{
    public WaiveOldPartReturnValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(500);
}

public sealed class WaiveOldPartReturnHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<WaiveOldPartReturn, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(WaiveOldPartReturn command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.WaiveOldPartReturn(command.PartId, command.Reason, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
