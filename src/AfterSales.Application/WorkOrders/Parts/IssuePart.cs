using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using Mediator;

namespace AfterSales.Application.WorkOrders.Parts;

/// <summary>WO-11 (r2): the Warehouse books an approved part out to the order; it is billed or deposited from now on.</summary>
public sealed record IssuePart : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public Guid PartId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class IssuePartHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<IssuePart, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(IssuePart command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.IssuePart(command.PartId, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
