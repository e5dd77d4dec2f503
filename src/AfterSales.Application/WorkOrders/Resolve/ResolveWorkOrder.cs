using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Resolve;

/// <summary>WO-9: the work is done (at <see cref="At"/>, WO-16; default now); on-site and workshop orders carry the customer's sign-off, by default signed then.</summary>
public sealed record ResolveWorkOrder(string Summary, SignOffDetails? CustomerSignOff, DateTimeOffset? At) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed record SignOffDetails(string Name, DateTimeOffset? At);

public sealed class ResolveWorkOrderValidator : AbstractValidator<ResolveWorkOrder>
{
    public ResolveWorkOrderValidator(TimeProvider clock, IOptions<SlaOptions> sla)
    {
        RuleFor(command => command.At).IsFieldTime(clock, sla);
        RuleFor(command => command.Summary).NotEmpty().MaximumLength(4000);
        RuleFor(command => command.CustomerSignOff!.Name).NotEmpty().MaximumLength(100).When(command => command.CustomerSignOff is not null);
    }
}

public sealed class ResolveWorkOrderHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    SlaPolicy sla,
    TimeProvider clock)
    : ICommandHandler<ResolveWorkOrder, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(ResolveWorkOrder command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        var signOff = command.CustomerSignOff is { } given ? new CustomerSignOff(given.Name, given.At ?? command.At ?? clock.GetUtcNow()) : null;
        order.Resolve(command.Summary, signOff, sla, clock, command.At);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
