using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Parts;

/// <summary>WO-11: Finance approves a requested part; a line above the director's limit then waits for the Director (r2).</summary>
public sealed record ApprovePart : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public Guid PartId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ApprovePartHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser user,
    IOptions<PartOptions> options,
    TimeProvider clock)
    : ICommandHandler<ApprovePart, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(ApprovePart command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.ApprovePart(command.PartId, user.UserName, options.Value.DirectorApprovalLimit, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
