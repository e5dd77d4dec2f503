using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;

namespace AfterSales.Application.WorkOrders.Payments;

/// <summary>WO-12: Finance took in the cash a technician collected.</summary>
public sealed record RemitPayment : WorkOrderItemAction;

public sealed class RemitPaymentHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : WorkOrderActionHandler<RemitPayment>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, RemitPayment command, CancellationToken cancellationToken)
    {
        order.RemitPayment(command.ItemId, user.UserName, clock);
        return Task.CompletedTask;
    }
}
