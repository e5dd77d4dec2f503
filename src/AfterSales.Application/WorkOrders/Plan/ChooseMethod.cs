using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.WorkOrders.Plan;

/// <summary>WO-4: how the fault will be resolved; for ShipParts, confirm the customer was advised on fitting and its risk.</summary>
public sealed record ChooseMethod(ResolutionMethod? Method, string? Note, bool CustomerAdvisedOnFitting) : WorkOrderAction;

public sealed class ChooseMethodValidator : AbstractValidator<ChooseMethod>
{
    public ChooseMethodValidator()
    {
        RuleFor(command => command.Method).NotNull().IsInEnum();
        RuleFor(command => command.Note).MaximumLength(1000);
    }
}

public sealed class ChooseMethodHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, TimeProvider clock)
    : WorkOrderActionHandler<ChooseMethod>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, ChooseMethod command, CancellationToken cancellationToken)
    {
        order.ChooseMethod(command.Method!.Value, command.Note, command.CustomerAdvisedOnFitting, clock);
        return Task.CompletedTask;
    }
}
