using AfterSales.Domain.Technicians;

namespace AfterSales.Application.Security;

/// <summary>
/// whose records the caller sees — every team's; the team a team lead leads (r2); or, as a technician, their own
/// (<paramref name="OwnTechnicianId"/>, the technician linked to their user, X-5, which a team lead is too).
/// </summary>
public sealed record Sight(TeamReach Teams, bool IsTeamLead, Guid? OwnTechnicianId)
{
    public static Sight All { get; } = new(TeamReach.All, false, null);

    public bool SeesAll => Teams.IsAll;

    /// <summary>The technician a caller who sees only their own records is; an id no record has when their user is linked to none.</summary>
    public Guid? OnlyOwn => SeesAll || IsTeamLead ? null : OwnTechnicianId ?? Guid.Empty;

    /// <summary>Whether the caller sees a record of <paramref name="technicianId"/> filed under <paramref name="team"/>.</summary>
    public bool Sees(Guid? technicianId, string? team) => Teams.Reaches(team) || (technicianId is not null && technicianId == OwnTechnicianId);
}
