using AfterSales.Application.Abstractions;
using AfterSales.Domain.Technicians;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Security;

/// <summary>
/// X-4 (r2): the caller's <see cref="Sight"/>. A team lead's team is the team of the technician linked to their user
/// read at most once per request; a team lead linked to no technician leads no team.
/// </summary>
public sealed class Oversight(ICurrentUser user, IAfterSalesDbContext db)
{
    /// <summary>"Manager, Director, HR and Finance see all" (X-4 r2); each resource adds those who work on all of it.</summary>
    public static readonly IReadOnlyList<string> SeeAllTeams = [.. Roles.Management, Roles.HR, Roles.Finance];

    private TeamReach? ledTeam;

    /// <param name="rolesThatSeeAll">The roles that see every record of the resource.</param>
    public async ValueTask<Sight> OfCallerAsync(IReadOnlyCollection<string> rolesThatSeeAll, CancellationToken cancellationToken)
    {
        if (rolesThatSeeAll.Any(user.IsInRole))
        {
            return Sight.All;
        }

        return user.IsInRole(Roles.TeamLead)
            ? new Sight(await LedTeamAsync(cancellationToken), true, user.TechnicianId)
            : new Sight(TeamReach.None, false, user.TechnicianId);
    }

    private async ValueTask<TeamReach> LedTeamAsync(CancellationToken cancellationToken)
    {
        if (ledTeam is null)
        {
            var team = user.TechnicianId is { } technicianId
                ? await db.Technicians.AsNoTracking().Where(technician => technician.Id == technicianId).Select(technician => technician.Team).FirstOrDefaultAsync(cancellationToken)
                : null;
            ledTeam = team is null ? TeamReach.None : TeamReach.Only(team);
        }

        return ledTeam;
    }
}
