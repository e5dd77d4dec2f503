using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Handovers;
using AfterSales.Domain.Receivables;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Handovers;

/// <summary>
/// HC-2 after the start: TE-2 keeps new customers and orders away from a leaver, but money, property and
/// reopened orders can still reach them. Each such record is added to their open checklist in the same
/// transaction that created it, so completion cannot miss it.
/// </summary>
public sealed class ListNewRecordsOnHandover(IAfterSalesDbContext db, TimeProvider clock)
    : IDomainEventHandler<ReceivableOpened>,
      IDomainEventHandler<PaymentRecorded>,
      IDomainEventHandler<PropertyIssued>,
      IDomainEventHandler<WorkOrderStatusChanged>
{
    /// <summary>An order of the leaver's resolved with a balance opens a receivable owed through them.</summary>
    public async Task HandleAsync(ReceivableOpened domainEvent, CancellationToken cancellationToken)
    {
        if (await OpenChecklistOfAsync(domainEvent.TechnicianId, cancellationToken) is { } checklist)
        {
            checklist.ListReceivable(await FindAsync(db.Receivables, domainEvent.ReceivableId, cancellationToken), clock);
        }
    }

    /// <summary>Cash taken on one of the leaver's orders stays with them until remitted.</summary>
    public async Task HandleAsync(PaymentRecorded domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Method != PaymentMethod.Cash)
        {
            return;
        }

        var order = await FindAsync(db.WorkOrders, domainEvent.WorkOrderId, cancellationToken);
        if (order.TechnicianId is { } technicianId && await OpenChecklistOfAsync(technicianId, cancellationToken) is { } checklist)
        {
            checklist.ListCashPayment(order, order.Payments.Single(payment => payment.Id == domainEvent.PaymentId), clock);
        }
    }

    /// <summary>Property issued to a leaver (a replacement tool, say) must come back too.</summary>
    public async Task HandleAsync(PropertyIssued domainEvent, CancellationToken cancellationToken)
    {
        if (await OpenChecklistOfAsync(domainEvent.TechnicianId, cancellationToken) is { } checklist)
        {
            checklist.ListProperty(await FindAsync(db.Technicians, domainEvent.TechnicianId, cancellationToken), domainEvent.ItemId, clock);
        }
    }

    /// <summary>A closed order reopened within its window goes back to its technician, who may be leaving by now (WO-13).</summary>
    public async Task HandleAsync(WorkOrderStatusChanged domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.From != WorkOrderStatus.Closed)
        {
            return;
        }

        var order = await FindAsync(db.WorkOrders, domainEvent.WorkOrderId, cancellationToken);
        if (order.TechnicianId is { } technicianId && await OpenChecklistOfAsync(technicianId, cancellationToken) is { } checklist)
        {
            checklist.ListWorkOrder(order, clock);
        }
    }

    /// <summary>HC-1 allows one open checklist per technician.</summary>
    private Task<HandoverChecklist?> OpenChecklistOfAsync(Guid technicianId, CancellationToken cancellationToken) =>
        db.HandoverChecklists.FirstOrDefaultAsync(checklist => checklist.TechnicianId == technicianId && checklist.Status == HandoverStatus.Open, cancellationToken);

    /// <summary>The record the event is about, as this transaction has it (just added, or changed).</summary>
    private static async Task<TAggregate> FindAsync<TAggregate>(DbSet<TAggregate> set, Guid id, CancellationToken cancellationToken)
        where TAggregate : AggregateRoot =>
        await set.FindAsync([id], cancellationToken) ?? throw new NotFoundException(typeof(TAggregate).Name, id);
}
