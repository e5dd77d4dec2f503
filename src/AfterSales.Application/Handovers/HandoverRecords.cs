using AfterSales.Application.Abstractions;
using AfterSales.Domain.Handovers;
using AfterSales.Domain.Renewals;
using AfterSales.Domain.SalesLeads;
using AfterSales.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Handovers;

/// <summary>Loads the records a checklist lists (HC-2) and the records its items refer to (HC-4, HC-5).</summary>
internal static class HandoverRecords
{
    /// <summary>
    /// HC-2: what the leaver holds: the customers in their care, their open orders and their orders still owing an
    /// old part, the orders holding cash they collected and have not remitted (WO-12 r2: whoever holds the order now),
    /// their unsettled receivables, their open renewal tasks and the sales leads they found that are still pending.
    /// </summary>
    public static async Task<HeldRecords> HeldByAsync(this IAfterSalesDbContext db, Guid technicianId, CancellationToken cancellationToken) =>
        new(
            await db.Customers.Where(customer => customer.ResponsibleTechnicianId == technicianId).ToListAsync(cancellationToken),
            await db.WorkOrders
                .Where(order => order.TechnicianId == technicianId
                        && (order.Status != WorkOrderStatus.Closed && order.Status != WorkOrderStatus.Cancelled
                            || order.Parts.Any(part => part.OldPart == OldPartState.Outstanding))
                    || order.Payments.Any(payment => payment.CollectedBy == technicianId && payment.Method == PaymentMethod.Cash && payment.RemittedAt == null))
                .ToListAsync(cancellationToken),
            await db.Receivables.Where(receivable => receivable.TechnicianId == technicianId && receivable.SettledOn == null).ToListAsync(cancellationToken),
            await db.RenewalTasks
                .Where(task => task.TechnicianId == technicianId && (task.Status == RenewalTaskStatus.Open || task.Status == RenewalTaskStatus.Pending))
                .ToListAsync(cancellationToken),
            await db.SalesLeads
                .Where(lead => lead.TechnicianId == technicianId && (lead.Status == SalesLeadStatus.Open || lead.Status == SalesLeadStatus.Contacted))
                .ToListAsync(cancellationToken));

    /// <summary>The customers, orders (with their parts and payments), receivables, renewal tasks and sales leads <paramref name="items"/> refer to.</summary>
    public static async Task<HeldRecords> ReferencedByAsync(this IAfterSalesDbContext db, IEnumerable<HandoverItem> items, CancellationToken cancellationToken)
    {
        var byKind = items.Where(item => item.ReferenceId is not null).ToLookup(item => (item.Kind, item.Cash), item => item.ReferenceId!.Value);
        var customerIds = byKind[(HandoverItemKind.Customer, false)].ToList();
        var orderIds = byKind[(HandoverItemKind.WorkOrder, false)].ToList();
        var paymentIds = byKind[(HandoverItemKind.Receivable, true)].ToList();
        var partIds = byKind[(HandoverItemKind.OldPart, false)].ToList();
        var receivableIds = byKind[(HandoverItemKind.Receivable, false)].ToList();
        var taskIds = byKind[(HandoverItemKind.RenewalTask, false)].ToList();
        var leadIds = byKind[(HandoverItemKind.SalesLead, false)].ToList();
        return new(
            await db.Customers.Where(customer => customerIds.Contains(customer.Id)).ToListAsync(cancellationToken),
            await db.WorkOrders
                .Where(order => orderIds.Contains(order.Id)
                    || order.Payments.Any(payment => paymentIds.Contains(payment.Id))
                    || order.Parts.Any(part => partIds.Contains(part.Id)))
                .ToListAsync(cancellationToken),
            await db.Receivables.Where(receivable => receivableIds.Contains(receivable.Id)).ToListAsync(cancellationToken),
            await db.RenewalTasks.Where(task => taskIds.Contains(task.Id)).ToListAsync(cancellationToken),
            await db.SalesLeads.Where(lead => leadIds.Contains(lead.Id)).ToListAsync(cancellationToken));
    }
}
