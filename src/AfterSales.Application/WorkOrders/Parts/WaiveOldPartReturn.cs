using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.WorkOrders.Parts;

/// <summary>WO-11: Finance excuses the return of a replaced part, with the reason; its deposit is released.</summary>
public sealed record WaiveOldPartReturn(string Reason) : WorkOrderItemAction;

public sealed class WaiveOldPartReturnValidator : AbstractValidator<WaiveOldPartReturn>
{
    public WaiveOldPartReturnValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(500);
}

public sealed class WaiveOldPartReturnHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : WorkOrderActionHandler<WaiveOldPartReturn>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, WaiveOldPartReturn command, CancellationToken cancellationToken)
    {
        order.WaiveOldPartReturn(command.ItemId, command.Reason, user.UserName, clock);
        return Task.CompletedTask;
    }
}
