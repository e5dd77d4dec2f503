using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Start;

/// <summary>Work begins on site, in the workshop, on the phone or by shipping the part, at <see cref="At"/> (WO-16; default now).</summary>
public sealed record StartWork(DateTimeOffset? At) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class StartWorkValidator : AbstractValidator<StartWork>
{
    public StartWorkValidator(TimeProvider clock, IOptions<SlaOptions> sla) => RuleFor(command => command.At).IsFieldTime(clock, sla);
}

public sealed class StartWorkHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    TimeProvider clock)
    : ICommandHandler<StartWork, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(StartWork command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.StartWork(clock, command.At);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
