using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Plan;

/// <summary>WO-4: how the fault will be resolved (chosen at <see cref="At"/>, WO-16; default now); for ShipParts, confirm the customer was advised on fitting and its risk.</summary>
public sealed record ChooseMethod(ResolutionMethod? Method, string? Note, bool CustomerAdvisedOnFitting, DateTimeOffset? At) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ChooseMethodValidator : AbstractValidator<ChooseMethod>
{
    public ChooseMethodValidator(TimeProvider clock, IOptions<SlaOptions> sla)
    {
        RuleFor(command => command.At).IsFieldTime(clock, sla);
        RuleFor(command => command.Method).NotNull().IsInEnum();
        RuleFor(command => command.Note).MaximumLength(1000);
    }
}

public sealed class ChooseMethodHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    TimeProvider clock)
    : ICommandHandler<ChooseMethod, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(ChooseMethod command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.ChooseMethod(command.Method!.Value, command.Note, command.CustomerAdvisedOnFitting, clock, command.At);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
