using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using AfterSales.Domain.Common;
using AfterSales.Domain.Handovers;

namespace AfterSales.Application.Handovers;

/// <summary>
/// Managers and HR see every checklist; anyone else sees only those they are a party to — the leaver,
/// the successor or the supervisor, by the token's technician id — and others are answered as not found.
/// </summary>
public sealed class HandoverAccess(ICurrentUser user)
{
    private static readonly string[] SeeAllChecklists = [Roles.Manager, Roles.HR];

    public void EnsureVisible(HandoverChecklist checklist)
    {
        if (!SeeAllChecklists.Any(user.IsInRole) && (user.TechnicianId is not { } technicianId || !checklist.Involves(technicianId)))
        {
            throw new NotFoundException(nameof(HandoverChecklist), checklist.Id);
        }
    }

    /// <summary>HC-4: a Manager, or the leaver for the items of their own checklist.</summary>
    public void EnsureMayCompleteItems(HandoverChecklist checklist)
    {
        if (!IsManager && user.TechnicianId != checklist.TechnicianId)
        {
            throw new ForbiddenException("HC-4: items are completed by a Manager or by the leaver.");
        }
    }

    /// <summary>
    /// HC-5: whether the caller signs for <paramref name="party"/> on their behalf. The party signs as
    /// themselves; a Manager may sign for them, which is recorded; nobody else may.
    /// </summary>
    public bool SignsOnBehalf(HandoverChecklist checklist, HandoverParty party)
    {
        if (user.TechnicianId == checklist.TechnicianOf(party))
        {
            return false;
        }

        if (!IsManager)
        {
            throw new ForbiddenException($"HC-5: only the {party} or a Manager on their behalf signs off as {party}.");
        }

        return true;
    }

    private bool IsManager => user.IsInRole(Roles.Manager);
}
