using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Reopen;

/// <summary>The fault came back: a closed order returns to its technician within [WorkOrders:ReopenWindowDays].</summary>
public sealed record ReopenWorkOrder(string Reason) : WorkOrderAction;

public sealed class ReopenWorkOrderValidator : AbstractValidator<ReopenWorkOrder>
{
    public ReopenWorkOrderValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(500);
}

public sealed class ReopenWorkOrderHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, IOptions<WorkOrderOptions> options, TimeProvider clock)
    : WorkOrderActionHandler<ReopenWorkOrder>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, ReopenWorkOrder command, CancellationToken cancellationToken)
    {
        order.Reopen(command.Reason, options.Value.ReopenWindowDays, clock);
        return Task.CompletedTask;
    }
}
