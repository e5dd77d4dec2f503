using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;

namespace AfterSales.Application.WorkOrders.Parts;

/// <summary>WO-11: Finance approves a requested part and the warehouse issues it.</summary>
public sealed record ApprovePart : WorkOrderItemAction;

public sealed class ApprovePartHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : WorkOrderActionHandler<ApprovePart>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, ApprovePart command, CancellationToken cancellationToken)
    {
        order.ApprovePart(command.ItemId, user.UserName, clock);
        return Task.CompletedTask;
    }
}
