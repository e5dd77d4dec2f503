using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;

namespace AfterSales.Application.WorkOrders.Start;

/// <summary>Work begins on site, in the workshop, on the phone or by shipping the part.</summary>
public sealed record StartWork : WorkOrderAction;

public sealed class StartWorkHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, TimeProvider clock)
    : WorkOrderActionHandler<StartWork>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, StartWork command, CancellationToken cancellationToken)
    {
        order.StartWork(clock);
        return Task.CompletedTask;
    }
}
