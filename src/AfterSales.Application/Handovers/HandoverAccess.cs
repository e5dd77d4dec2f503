using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using AfterSales.Domain.Common;
using AfterSales.Domain.Handovers;

namespace AfterSales.Application.Handovers;

/// <summary>
/// Managers and HR see every checklist; anyone else sees only those they are a party to — the leaver,
/// the successor or the supervisor, by the technician linked to their user — and others are answered as not found.
/// </summary>
public sealed class HandoverAccess(ICurrentUser user)
{
    private static readonly string[] SeeAllChecklists = [.. Roles.Management, Roles.HR];

    public void EnsureVisible(HandoverChecklist checklist)
    {
        if (!SeeAllChecklists.Any(user.IsInRole) && (user.TechnicianId is not { } technicianId || !checklist.Involves(technicianId)))
        {
            throw new NotFoundException(nameof(HandoverChecklist), checklist.Id);
        }
    }

    /// <summary>HC-4: a Manager, the leaver, or the supervisor (who confirms property returned) for the items of their checklist.</summary>
    public void EnsureMayCompleteItems(HandoverChecklist checklist)
    {
        var isLeaverOrSupervisor = user.TechnicianId is { } technicianId && (technicianId == checklist.TechnicianId || technicianId == checklist.SupervisorId);
        if (!IsManager && !isLeaverOrSupervisor)
        {
            throw new ForbiddenException("HC-4: items are completed by a Manager, the leaver or the supervisor.");
        }
    }

    private bool IsManager => Roles.Management.Any(user.IsInRole);
}
