using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;

namespace AfterSales.Application.WorkOrders.Parts;

/// <summary>WO-11: the warehouse booked the replaced part in; its deposit is released.</summary>
public sealed record RecordOldPartReturned : WorkOrderItemAction;

public sealed class RecordOldPartReturnedHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : WorkOrderActionHandler<RecordOldPartReturned>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, RecordOldPartReturned command, CancellationToken cancellationToken)
    {
        order.RecordOldPartReturned(command.ItemId, user.UserName, clock);
        return Task.CompletedTask;
    }
}
