using AfterSales.Application.Security;
using AfterSales.Domain.Common;
using AfterSales.Domain.WorkOrders;
using Dapper;

namespace AfterSales.Application.WorkOrders;

/// <summary>
/// a technician sees and acts on only the orders assigned to them; a team lead (r2) on those assigned to their
/// team and the unassigned ones, which they dispatch; anyone else on the staff on all of them. An order out of sight is
/// answered as not found, so its existence is not revealed. The rule is written twice, side by side: in C# for an order
/// in hand (<see cref="SeesAsync"/>) and in SQL for the lists (<see cref="SqlConditionAsync"/>).
/// </summary>
public sealed class WorkOrderAccess(Oversight oversight)
{
    /// <summary>Besides those who see every team's work, the desk that dispatches it, Admin, and those who read every order: the warehouse for its parts, Quality for its faults.</summary>
    private static readonly string[] SeeAllOrders = [.. Oversight.SeeAllTeams, Roles.Dispatcher, Roles.Admin, Roles.Warehouse, Roles.Quality];

    public ValueTask<Sight> SightAsync(CancellationToken cancellationToken) => oversight.OfCallerAsync(SeeAllOrders, cancellationToken);

    /// <summary>Whether the caller sees an order assigned to <paramref name="technicianId"/> of <paramref name="team"/> (both null while unassigned).</summary>
    public async ValueTask<bool> SeesAsync(Guid? technicianId, string? team, CancellationToken cancellationToken)
    {
        var sight = await SightAsync(cancellationToken);
        return sight.Sees(technicianId, team) || (sight.IsTeamLead && technicianId is null);
    }

    public async Task EnsureVisible(WorkOrder order, CancellationToken cancellationToken)
    {
        if (!await SeesAsync(order.TechnicianId, order.Team, cancellationToken))
        {
            throw new NotFoundException(nameof(WorkOrder), order.Id);
        }
    }

    /// <summary>
    /// <see cref="SeesAsync"/> as a condition on <c>aftersales.work_orders o</c>, with its parameters; null when the caller
    /// sees every order. A null parameter matches nothing, as a team lead without a team or technician sees no team's.
    /// </summary>
    public async ValueTask<(string Condition, DynamicParameters Parameters)?> SqlConditionAsync(CancellationToken cancellationToken)
    {
        var sight = await SightAsync(cancellationToken);
        if (sight.SeesAll)
        {
            return null;
        }

        var parameters = new DynamicParameters(new { visible_team = sight.Teams.Team, visible_to = sight.OwnTechnicianId });
        return sight.IsTeamLead
            ? ("(o.technician_id IS NULL OR o.team = @visible_team OR o.technician_id = @visible_to)", parameters)
            : ("o.technician_id = @visible_to", parameters);
    }
}
