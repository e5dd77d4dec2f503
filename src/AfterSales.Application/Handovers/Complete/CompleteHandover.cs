using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Domain.Handovers;
using AutoMapper;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Handovers.Complete;

/// <summary>HC-5: everything is handed over at once, in the command's one transaction; the leaver departs or transfers.</summary>
public sealed record CompleteHandover : HandoverAction;

public sealed class CompleteHandoverHandler(
    IAfterSalesDbContext db,
    HandoverAccess access,
    IMapper mapper,
    ICurrentUser user,
    CompanyCalendar calendar,
    TimeProvider clock)
    : HandoverActionHandler<CompleteHandover>(db, access, mapper)
{
    protected override async Task ApplyAsync(HandoverChecklist checklist, CompleteHandover command, CancellationToken cancellationToken)
    {
        var technicianIds = checklist.Items.Select(item => item.NewTechnicianId).OfType<Guid>().Append(checklist.TechnicianId).ToList();
        var technicians = await Db.Technicians.Where(technician => technicianIds.Contains(technician.Id)).ToListAsync(cancellationToken);
        var leaver = technicians.Single(technician => technician.Id == checklist.TechnicianId);
        checklist.Complete(leaver, technicians, await ReferencedAsync(checklist, cancellationToken), calendar.Today, user.UserName, clock);
    }

    /// <summary>The customers, orders (and orders holding listed cash) and receivables the items refer to.</summary>
    private async Task<HandoverRecords> ReferencedAsync(HandoverChecklist checklist, CancellationToken cancellationToken)
    {
        List<Guid> References(HandoverItemKind kind, bool cash = false) =>
            [.. checklist.Items.Where(item => item.Kind == kind && item.Cash == cash).Select(item => item.ReferenceId).OfType<Guid>()];

        var customerIds = References(HandoverItemKind.Customer);
        var orderIds = References(HandoverItemKind.WorkOrder);
        var paymentIds = References(HandoverItemKind.Receivable, cash: true);
        var receivableIds = References(HandoverItemKind.Receivable);
        return new(
            await Db.Customers.Where(customer => customerIds.Contains(customer.Id)).ToListAsync(cancellationToken),
            await Db.WorkOrders
                .Where(order => orderIds.Contains(order.Id) || order.Payments.Any(payment => paymentIds.Contains(payment.Id)))
                .ToListAsync(cancellationToken),
            await Db.Receivables.Where(receivable => receivableIds.Contains(receivable.Id)).ToListAsync(cancellationToken));
    }
}
