namespace AfterSales.Domain.Common;

/// <summary>
/// The person taking an action, where a rule depends on who they are: their user name, the technician they are (if any),
/// and whether they manage (a Manager, or a Director above them) or direct. Built from the signed-in user, never
/// from what a request says.
/// </summary>
public sealed record Actor(string Name, Guid? TechnicianId, bool IsManager, bool IsDirector)
{
    /// <summary>Whether this person is the technician <paramref name="technicianId"/>.</summary>
    public bool Is(Guid? technicianId) => technicianId is not null && TechnicianId == technicianId;
}
