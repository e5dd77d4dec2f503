using AfterSales.Domain.Common;

namespace AfterSales.Domain.Technicians;

/// <summary>
/// X-4 (r2): the teams whose work a person acts on. Those who oversee the department reach every team; a team lead
/// reaches the one team they lead, and none when their user is linked to no technician, since a team lead's team
/// is their technician's.
/// </summary>
public sealed record TeamReach
{
    private TeamReach(string? team, bool isAll)
    {
        Team = team;
        IsAll = isAll;
    }

    public static TeamReach All { get; } = new(null, true);

    public static TeamReach None { get; } = new(null, false);

    /// <summary>The one team reached; null when every team is, or none.</summary>
    public string? Team { get; }

    public bool IsAll { get; }

    public static TeamReach Only(string team) => new(Require.Text(team, 50), false);

    public bool Reaches(string? team) => IsAll || (team is not null && team == Team);

    /// <summary>
    /// Refuses, naming <paramref name="ruleId"/>, to <paramref name="action"/> of <paramref name="team"/> from outside
    /// the reach; <paramref name="action"/> reads on with "of team …", e.g. "assign WO-2026-000017 to technician T-0043".
    /// </summary>
    public void EnsureReaches(string team, string ruleId, string action)
    {
        if (Reaches(team))
        {
            return;
        }

        throw new BusinessRuleViolationException(
            ruleId,
            Team is null
                ? $"a team lead whose user is linked to no technician leads no team and cannot {action} of team {team}"
                : $"the lead of team {Team} cannot {action} of team {team}");
    }
}
