using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using Mediator;

namespace AfterSales.Application.WorkOrders.Parts;

/// <summary>WO-11 (r2): the Warehouse received an issued part back unfitted; it is no longer billed or deposited.</summary>
public sealed record ReturnUnusedPart : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public Guid PartId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ReturnUnusedPartHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<ReturnUnusedPart, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(ReturnUnusedPart command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.ReturnUnusedPart(command.PartId, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
