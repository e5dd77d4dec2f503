using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.WorkOrders.Resolve;

public sealed record SignOffDetails(string Name, DateTimeOffset? At);

/// <summary>WO-9: the work is done; on-site and workshop orders carry the customer's sign-off.</summary>
public sealed record ResolveWorkOrder(string Summary, SignOffDetails? CustomerSignOff) : WorkOrderAction;

public sealed class ResolveWorkOrderValidator : AbstractValidator<ResolveWorkOrder>
{
    public ResolveWorkOrderValidator()
    {
        RuleFor(command => command.Summary).NotEmpty().MaximumLength(4000);
        RuleFor(command => command.CustomerSignOff!.Name).NotEmpty().MaximumLength(100).When(command => command.CustomerSignOff is not null);
    }
}

public sealed class ResolveWorkOrderHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, SlaPolicy sla, TimeProvider clock)
    : WorkOrderActionHandler<ResolveWorkOrder>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, ResolveWorkOrder command, CancellationToken cancellationToken)
    {
        var signOff = command.CustomerSignOff is { } given ? new CustomerSignOff(given.Name, given.At ?? clock.GetUtcNow()) : null;
        order.Resolve(command.Summary, signOff, sla, clock);
        return Task.CompletedTask;
    }
}
