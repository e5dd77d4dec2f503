using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.WorkOrders.Workshop;

/// <summary>WO-10: the repaired item is back; the customer tried it and signed.</summary>
public sealed record ReturnToCustomer(DateTimeOffset? ReturnedAt, string SignedBy) : WorkOrderAction;

public sealed class ReturnToCustomerValidator : AbstractValidator<ReturnToCustomer>
{
    public ReturnToCustomerValidator() => RuleFor(command => command.SignedBy).NotEmpty().MaximumLength(100);
}

public sealed class ReturnToCustomerHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, TimeProvider clock)
    : WorkOrderActionHandler<ReturnToCustomer>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, ReturnToCustomer command, CancellationToken cancellationToken)
    {
        order.ReturnToCustomer(command.ReturnedAt ?? clock.GetUtcNow(), command.SignedBy, clock);
        return Task.CompletedTask;
    }
}
