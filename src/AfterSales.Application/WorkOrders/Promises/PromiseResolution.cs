using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Promises;

/// <summary>WO-18: the resolution time given to the customer, recorded by whoever talked to them; it replaces the promise in force.</summary>
public sealed record PromiseResolution(DateTimeOffset? PromisedResolutionAt, string? Note) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class PromiseResolutionValidator : AbstractValidator<PromiseResolution>
{
    public PromiseResolutionValidator()
    {
        RuleFor(command => command.PromisedResolutionAt).NotNull();
        RuleFor(command => command.Note).MaximumLength(500);
    }
}

public sealed class PromiseResolutionHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<PromiseResolution, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(PromiseResolution command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.PromiseResolution(command.PromisedResolutionAt!.Value, command.Note, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
