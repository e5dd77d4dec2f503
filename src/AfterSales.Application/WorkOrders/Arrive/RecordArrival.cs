using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Arrive;

/// <summary>WO-5: the technician is on site (at <see cref="At"/>, default now); stops the arrival clock.</summary>
public sealed record RecordArrival(DateTimeOffset? At) : WorkOrderAction;

public sealed class RecordArrivalHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, IOptions<SlaOptions> sla, TimeProvider clock)
    : WorkOrderActionHandler<RecordArrival>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, RecordArrival command, CancellationToken cancellationToken)
    {
        order.RecordArrival(command.At ?? clock.GetUtcNow(), TimeSpan.FromMinutes(sla.Value.AppointmentGraceMinutes), clock);
        return Task.CompletedTask;
    }
}
