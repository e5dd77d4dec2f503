using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.WorkOrders.Cancel;

/// <summary>The request is withdrawn before work starts.</summary>
public sealed record CancelWorkOrder(string Reason) : WorkOrderAction;

public sealed class CancelWorkOrderValidator : AbstractValidator<CancelWorkOrder>
{
    public CancelWorkOrderValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(500);
}

public sealed class CancelWorkOrderHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, TimeProvider clock)
    : WorkOrderActionHandler<CancelWorkOrder>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, CancelWorkOrder command, CancellationToken cancellationToken)
    {
        order.Cancel(command.Reason, clock);
        return Task.CompletedTask;
    }
}
