using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using AfterSales.Domain.Assessments;
using AfterSales.Domain.Common;

namespace AfterSales.Application.Assessments;

/// <summary>
/// a technician sees only their own assessments; a team lead (r2) those of their team and their own; the manager
/// and HR all. An assessment out of sight is answered as not found, so its existence is not revealed.
/// </summary>
public sealed class AssessmentAccess(ICurrentUser user, Oversight oversight)
{
    public ValueTask<Sight> SightAsync(CancellationToken cancellationToken) => oversight.OfCallerAsync(Oversight.SeeAllTeams, cancellationToken);

    /// <summary>The caller as AS-4 (r2) judges who may score and submit: their name, their technician and the teams they reach.</summary>
    public async ValueTask<Assessor> AssessorAsync(CancellationToken cancellationToken) =>
        new(user.UserName, user.TechnicianId, (await SightAsync(cancellationToken)).Teams);

    /// <summary>The same rule as <see cref="EnsureVisible"/>, as a query.</summary>
    public async ValueTask<IQueryable<MonthlyAssessment>> VisibleAsync(IQueryable<MonthlyAssessment> assessments, CancellationToken cancellationToken)
    {
        var sight = await SightAsync(cancellationToken);
        if (sight.SeesAll)
        {
            return assessments;
        }

        var (team, own) = (sight.Teams.Team, sight.OwnTechnicianId);
        return assessments.Where(assessment => assessment.Team == team || assessment.TechnicianId == own);
    }

    public async Task EnsureVisible(MonthlyAssessment assessment, CancellationToken cancellationToken)
    {
        if (!(await SightAsync(cancellationToken)).Sees(assessment.TechnicianId, assessment.Team))
        {
            throw new NotFoundException(nameof(MonthlyAssessment), assessment.Id);
        }
    }
}
