using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using Mediator;

namespace AfterSales.Application.WorkOrders.Parts;

/// <summary>WO-11 (r2): the Director approves a line above the limit, after Finance.</summary>
public sealed record ApprovePartAsDirector : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public Guid PartId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ApprovePartAsDirectorHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<ApprovePartAsDirector, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(ApprovePartAsDirector command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.ApprovePartAsDirector(command.PartId, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
