using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Handovers;
using AfterSales.Domain.Receivables;
using AfterSales.Domain.Renewals;
using AfterSales.Domain.SalesLeads;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Handovers;

/// <summary>
/// HC-2 after the start: TE-2 keeps new customers and orders away from a leaver, but money, property, old parts,
/// renewal tasks, sales leads they note and reopened orders can still reach them. Each such record is added to their open checklist in the same
/// transaction that created it, so completion cannot miss it.
/// </summary>
public sealed class ListNewRecordsOnHandover(IAfterSalesDbContext db, TimeProvider clock)
    : IDomainEventHandler<ReceivableOpened>,
      IDomainEventHandler<PaymentRecorded>,
      IDomainEventHandler<PropertyIssued>,
      IDomainEventHandler<WorkOrderStatusChanged>,
      IDomainEventHandler<PartIssued>,
      IDomainEventHandler<RenewalTaskOpened>,
      IDomainEventHandler<SalesLeadRecorded>
{
    /// <summary>An order of the leaver's resolved with a balance opens a receivable owed through them.</summary>
    public async Task HandleAsync(ReceivableOpened domainEvent, CancellationToken cancellationToken)
    {
        if (await OpenChecklistOfAsync(domainEvent.TechnicianId, cancellationToken) is { } checklist)
        {
            checklist.ListReceivable(await FindAsync(db.Receivables, domainEvent.ReceivableId, cancellationToken), clock);
        }
    }

    /// <summary>Cash a leaver collects stays with them until remitted (WO-12 r2), whoever holds the order.</summary>
    public async Task HandleAsync(PaymentRecorded domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.CollectedBy is { } collector && await OpenChecklistOfAsync(collector, cancellationToken) is { } checklist)
        {
            var order = await FindAsync(db.WorkOrders, domainEvent.WorkOrderId, cancellationToken);
            checklist.ListCashPayment(order, order.Payments.Single(payment => payment.Id == domainEvent.PaymentId), clock);
        }
    }

    /// <summary>A part issued on a leaver's order holds a deposit until its old part comes back (WO-11 r2).</summary>
    public async Task HandleAsync(PartIssued domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Deposit == 0)
        {
            return;
        }

        var order = await FindAsync(db.WorkOrders, domainEvent.WorkOrderId, cancellationToken);
        if (order.TechnicianId is { } technicianId && await OpenChecklistOfAsync(technicianId, cancellationToken) is { } checklist)
        {
            checklist.ListOldPart(order, order.Parts.Single(part => part.Id == domainEvent.PartId), clock);
        }
    }

    /// <summary>A contract of a customer in the leaver's care nears its end after the start (CU-3).</summary>
    public async Task HandleAsync(RenewalTaskOpened domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.TechnicianId is { } technicianId && await OpenChecklistOfAsync(technicianId, cancellationToken) is { } checklist)
        {
            checklist.ListRenewalTask(await FindAsync(db.RenewalTasks, domainEvent.RenewalTaskId, cancellationToken), clock);
        }
    }

    /// <summary>A leaver still notes the leads they hear of on their last visits (WO-15); someone must follow them up.</summary>
    public async Task HandleAsync(SalesLeadRecorded domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.TechnicianId is { } technicianId && await OpenChecklistOfAsync(technicianId, cancellationToken) is { } checklist)
        {
            checklist.ListSalesLead(await FindAsync(db.SalesLeads, domainEvent.SalesLeadId, cancellationToken), clock);
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
