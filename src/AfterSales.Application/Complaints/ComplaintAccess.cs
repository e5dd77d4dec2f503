using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;

namespace AfterSales.Application.Complaints;

/// <summary>
/// a technician sees and acts on only the complaints in which they are accused or responsible; the rest
/// of the staff allowed to read complaints see all (HR is not: the endpoints' policy refuses it). Another
/// technician's complaint is answered as not found, so its existence is not revealed.
/// </summary>
public sealed class ComplaintAccess(ICurrentUser user)
{
    private static readonly string[] SeeAllComplaints = [Roles.Dispatcher, Roles.TeamLead, .. Roles.Management, Roles.Admin, Roles.Finance, Roles.Quality];

    /// <summary>The technician whose complaints are the only ones visible, or null when the caller sees all.</summary>
    public Guid? RestrictedTo => user.OwnRecordsOnly(SeeAllComplaints);

    public IQueryable<Complaint> Visible(IQueryable<Complaint> complaints) =>
        RestrictedTo is { } technicianId
            ? complaints.Where(complaint => complaint.TechnicianId == technicianId || complaint.ResponsibleTechnicianId == technicianId)
            : complaints;

    public void EnsureVisible(Complaint complaint)
    {
        if (RestrictedTo is { } technicianId && !complaint.Concerns(technicianId))
        {
            throw new NotFoundException(nameof(Complaint), complaint.Id);
        }
    }

    /// <summary>
    /// CP-8: only the responsible technician appeals, as themselves. Anyone else who can see the complaint (the
    /// accused colleague, a manager) already knows it exists, so they are told plainly that it is not theirs (403).
    /// </summary>
    public void EnsureResponsible(Complaint complaint)
    {
        if (user.TechnicianId is not { } technicianId || complaint.ResponsibleTechnicianId != technicianId)
        {
            throw new ForbiddenException($"CP-8: only the technician responsible for {complaint.Number} may appeal it.");
        }
    }
}
