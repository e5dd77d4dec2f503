using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Workshop;

/// <summary>WO-10: the record made before the item leaves the customer, at <see cref="At"/> (WO-16; default now).</summary>
public sealed record CarryBack(string ReceiptNumber, string Condition, string? AccessoriesLeftWithCustomer, DateOnly? PromisedReturnOn, bool LoanerGiven, DateTimeOffset? At) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class CarryBackValidator : AbstractValidator<CarryBack>
{
    public CarryBackValidator(TimeProvider clock, IOptions<SlaOptions> sla)
    {
        RuleFor(command => command.At).IsFieldTime(clock, sla);
        RuleFor(command => command.ReceiptNumber).NotEmpty().MaximumLength(50);
        RuleFor(command => command.Condition).NotEmpty().MaximumLength(1000);
        RuleFor(command => command.AccessoriesLeftWithCustomer).MaximumLength(500);
        RuleFor(command => command.PromisedReturnOn).NotNull();
    }
}

public sealed class CarryBackHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    TimeProvider clock)
    : ICommandHandler<CarryBack, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(CarryBack command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.CarryBackToWorkshop(
            command.ReceiptNumber,
            command.Condition,
            command.AccessoriesLeftWithCustomer ?? string.Empty,
            command.PromisedReturnOn!.Value,
            command.LoanerGiven,
            clock,
            command.At);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
