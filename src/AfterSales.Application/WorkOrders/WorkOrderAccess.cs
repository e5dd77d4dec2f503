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
    private static readonly string[] SeeAllOrders = [Roles.Dispatcher, Roles.TeamLead, Roles.Manager, Roles.Admin, Roles.Finance, Roles.HR];

    /// <summary>The technician whose orders are the only ones visible, or null when the caller sees all.</summary>
    public Guid? RestrictedTo => user.RestrictedTechnician(SeeAllOrders);

    public IQueryable<WorkOrder> Visible(IQueryable<WorkOrder> orders) =>
        RestrictedTo is { } technicianId ? orders.Where(order => order.TechnicianId == technicianId) : orders;

    public void EnsureVisible(WorkOrder order)
    {
        if (RestrictedTo is { } technicianId && !order.IsAssignedTo(technicianId))
        {
            throw new NotFoundException(nameof(WorkOrder), order.Id);
        }
    }
}
