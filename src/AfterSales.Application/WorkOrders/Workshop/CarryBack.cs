using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.WorkOrders.Workshop;

/// <summary>WO-10: the record made before the item leaves the customer.</summary>
public sealed record CarryBack(string ReceiptNumber, string Condition, string? AccessoriesLeftWithCustomer, DateOnly? PromisedReturnOn, bool LoanerGiven) : WorkOrderAction;

public sealed class CarryBackValidator : AbstractValidator<CarryBack>
{
    public CarryBackValidator()
    {
        RuleFor(command => command.ReceiptNumber).NotEmpty().MaximumLength(50);
        RuleFor(command => command.Condition).NotEmpty().MaximumLength(1000);
        RuleFor(command => command.AccessoriesLeftWithCustomer).MaximumLength(500);
        RuleFor(command => command.PromisedReturnOn).NotNull();
    }
}

public sealed class CarryBackHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, TimeProvider clock)
    : WorkOrderActionHandler<CarryBack>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, CarryBack command, CancellationToken cancellationToken)
    {
        order.CarryBackToWorkshop(
            command.ReceiptNumber,
            command.Condition,
            command.AccessoriesLeftWithCustomer ?? string.Empty,
            command.PromisedReturnOn!.Value,
            command.LoanerGiven,
            clock);
        return Task.CompletedTask;
    }
}
