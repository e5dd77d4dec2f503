using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Workshop;

/// <summary>WO-10: the repaired item is back (<see cref="ReturnedAt"/> is the step's field time, WO-16); the customer tried it and signed.</summary>
public sealed record ReturnToCustomer(DateTimeOffset? ReturnedAt, string SignedBy) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ReturnToCustomerValidator : AbstractValidator<ReturnToCustomer>
{
    public ReturnToCustomerValidator(TimeProvider clock, IOptions<SlaOptions> sla)
    {
        RuleFor(command => command.SignedBy).NotEmpty().MaximumLength(100);
        RuleFor(command => command.ReturnedAt).IsFieldTime(clock, sla);
    }
}

public sealed class ReturnToCustomerHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    TimeProvider clock)
    : ICommandHandler<ReturnToCustomer, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(ReturnToCustomer command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.ReturnToCustomer(command.ReturnedAt ?? clock.GetUtcNow(), command.SignedBy, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
