using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using AfterSales.Domain.Assessments;
using AfterSales.Domain.Common;

namespace AfterSales.Application.Assessments;

/// <summary>
/// a technician sees only their own assessments; team leads, the manager and HR see all. Another
/// technician's assessment is answered as not found, so its existence is not revealed.
/// </summary>
public sealed class AssessmentAccess(ICurrentUser user)
{
    private static readonly string[] SeeAllAssessments = [Roles.TeamLead, .. Roles.Management, Roles.HR];

    /// <summary>The technician whose assessments are the only ones visible, or null when the caller sees all.</summary>
    public Guid? RestrictedTo => user.OwnRecordsOnly(SeeAllAssessments);

    public IQueryable<MonthlyAssessment> Visible(IQueryable<MonthlyAssessment> assessments) =>
        RestrictedTo is { } technicianId ? assessments.Where(assessment => assessment.TechnicianId == technicianId) : assessments;

    public void EnsureVisible(MonthlyAssessment assessment)
    {
        if (RestrictedTo is { } technicianId && assessment.TechnicianId != technicianId)
        {
            throw new NotFoundException(nameof(MonthlyAssessment), assessment.Id);
        }
    }
}
