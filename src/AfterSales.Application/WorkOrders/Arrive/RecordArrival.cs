using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Arrive;

/// <summary>WO-5: the technician is on site (at <see cref="At"/>, the field time of WO-16; default now); stops the arrival clock.</summary>
public sealed record RecordArrival(DateTimeOffset? At) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordArrivalValidator : AbstractValidator<RecordArrival>
{
    public RecordArrivalValidator(TimeProvider clock, IOptions<SlaOptions> sla) => RuleFor(command => command.At).IsFieldTime(clock, sla);
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
