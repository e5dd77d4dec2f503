using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using AfterSales.Domain.Common;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

/// <summary>
/// a technician sees and acts on only the orders assigned to them; anyone else on the staff
/// sees all. Another technician's order is answered as not found, so its existence is not revealed.
/// </summary>
public sealed class WorkOrderAccess(ICurrentUser user)
{
    private static readonly string[] SeeAllOrders = [Roles.Dispatcher, Roles.TeamLead, .. Roles.Management, Roles.Admin, Roles.Finance, Roles.HR, Roles.Warehouse, Roles.Quality];

    /// <summary>The technician whose orders are the only ones visible, or null when the caller sees all.</summary>
    public Guid? RestrictedTo => user.OwnRecordsOnly(SeeAllOrders);

    public IQueryable<WorkOrder> Visible(IQueryable<WorkOrder> orders) =>
        RestrictedTo is { } technicianId ? orders.Where(order => order.TechnicianId == technicianId) : orders;

    /// <summary>Whether the caller sees an order assigned to <paramref name="technicianId"/>.</summary>
    public bool Sees(Guid? technicianId) => RestrictedTo is not { } only || technicianId == only;

    public void EnsureVisible(WorkOrder order)
    {
        if (!Sees(order.TechnicianId))
        {
            throw new NotFoundException(nameof(WorkOrder), order.Id);
        }
    }
}
