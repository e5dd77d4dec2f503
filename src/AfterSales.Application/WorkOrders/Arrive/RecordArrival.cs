using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.WorkOrders;
using Mediator;

namespace AfterSales.Application.WorkOrders.Arrive;

/// <summary>WO-5: the technician is on site (at <see cref="At"/>, default now); stops the arrival clock.</summary>
public sealed record RecordArrival(DateTimeOffset? At) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordArrivalHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    SlaPolicy sla,
    TimeProvider clock)
    : ICommandHandler<RecordArrival, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(RecordArrival command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.RecordArrival(command.At ?? clock.GetUtcNow(), sla, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
