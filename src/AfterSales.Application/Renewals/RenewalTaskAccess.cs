using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using AfterSales.Domain.Common;
using AfterSales.Domain.Renewals;

namespace AfterSales.Application.Renewals;

/// <summary>
/// a technician sees and records outcomes of only the renewal tasks given to them (CU-3); the desk and those who
/// lead it see all. Another technician's task is not found, so its existence is not revealed.
/// </summary>
public sealed class RenewalTaskAccess(ICurrentUser user)
{
    private static readonly string[] SeeAllTasks = [Roles.Dispatcher, Roles.TeamLead, .. Roles.Management, Roles.Admin];

    public IQueryable<RenewalTask> Visible(IQueryable<RenewalTask> tasks) =>
        user.OwnRecordsOnly(SeeAllTasks) is { } technicianId ? tasks.Where(task => task.TechnicianId == technicianId) : tasks;

    public void EnsureVisible(RenewalTask task)
    {
        if (user.OwnRecordsOnly(SeeAllTasks) is { } technicianId && task.TechnicianId != technicianId)
        {
            throw new NotFoundException(nameof(RenewalTask), task.Id);
        }
    }
}
