using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Assessments;
using AfterSales.Domain.Common;
using AfterSales.Domain.Technicians;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Assessments;

/// <summary>Opens assessments and keeps their month data current until submission freezes it (AS-1).</summary>
public sealed class AssessmentCalculator(
    IAfterSalesDbContext db,
    AssessmentInputs inputs,
    AssessmentPolicy policy,
    CompanyCalendar company,
    ICurrentUser user,
    TimeProvider clock)
{
    /// <summary>
    /// AS-1: a new assessment for the pair, opened by someone who reaches the technician's team (X-4 r2), added to the
    /// unit of work; a second one for the pair fails at save (409).
    /// </summary>
    public async Task<MonthlyAssessment> OpenAsync(Guid technicianId, AssessmentMonth month, TeamReach openersReach, CancellationToken cancellationToken)
    {
        var technician = await db.Technicians.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == technicianId, cancellationToken)
            ?? throw Reference.Unknown("technicianId", "technician", technicianId);
        var facts = await inputs.ForAsync(technicianId, month, cancellationToken)
            ?? throw new NotFoundException(nameof(Technician), technicianId);
        var assessment = MonthlyAssessment.Create(technician, month, facts.Performance, facts.DisciplineRecords, policy, company.Today, user.UserName, openersReach, clock);
        db.MonthlyAssessments.Add(assessment);
        return assessment;
    }

    /// <summary>AS-1: recomputes a draft or scored assessment from the month's data as it stands; a submitted one is left as frozen.</summary>
    public async Task RefreshAsync(MonthlyAssessment assessment, CancellationToken cancellationToken)
    {
        if (assessment.IsFrozen)
        {
            return;
        }

        var facts = await inputs.ForAsync(assessment.TechnicianId, assessment.Month, cancellationToken)
            ?? throw new NotFoundException(nameof(Technician), assessment.TechnicianId);
        assessment.Recompute(facts.Performance, facts.DisciplineRecords, policy, clock);
    }
}
