using System.Linq.Expressions;
using AfterSales.Application.Abstractions;
using AfterSales.Domain.Assessments;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Technicians;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Assessments.Complaints;

/// <summary>
/// CP-6 and CP-8 as seen from the assessment: what the complaint feature's reactions to "verified" and
/// "appeal upheld" call, inside the complaint command's transaction (0004). It changes the unit of work
/// and leaves saving to that command. The deduction is [Assessment:ComplaintDeduction] points.
/// </summary>
public sealed class ComplaintDeductions(
    IAfterSalesDbContext db,
    AssessmentCalculator calculator,
    AssessmentPolicy policy,
    WorkingCalendar calendar,
    IOptions<AssessmentOptions> options,
    ICurrentUser user,
    TimeProvider clock)
{
    /// <summary>
    /// CP-6: the complaint deducts from the responsible technician's assessment of the company-local month
    /// it was verified in, opening that assessment if there is none yet. Reporting it again changes nothing.
    /// </summary>
    public async Task ApplyVerifiedAsync(Guid technicianId, DateTimeOffset verifiedAt, Guid complaintId, string complaintNumber, CancellationToken cancellationToken)
    {
        var month = AssessmentMonth.Containing(calendar.LocalDate(verifiedAt));
        var assessment = await FindAsync(candidate => candidate.TechnicianId == technicianId && candidate.Month == month, cancellationToken);
        if (assessment is null)
        {
            // The complaint opens it, whoever verified the complaint.
            assessment = await calculator.OpenAsync(technicianId, month, TeamReach.All, cancellationToken);
        }
        else
        {
            await calculator.RefreshAsync(assessment, cancellationToken);
        }

        assessment.RecordVerifiedComplaint(complaintId, complaintNumber, options.Value.ComplaintDeduction, policy, user.UserName, clock);
    }

    /// <summary>CP-8: an upheld appeal gives the points back on whichever assessment counted the complaint; one never counted changes nothing.</summary>
    public async Task ApplyOverturnedAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var assessment = await FindAsync(
            candidate => candidate.Complaints.Any(complaint => complaint.ComplaintId == complaintId && complaint.WithdrawnAt == null),
            cancellationToken);
        if (assessment is null)
        {
            return;
        }

        await calculator.RefreshAsync(assessment, cancellationToken);
        assessment.WithdrawComplaint(complaintId, policy, user.UserName, clock);
    }

    /// <summary>Also among assessments opened earlier in this unit of work and not yet saved.</summary>
    private async Task<MonthlyAssessment?> FindAsync(Expression<Func<MonthlyAssessment, bool>> match, CancellationToken cancellationToken) =>
        db.MonthlyAssessments.Local.FirstOrDefault(match.Compile())
        ?? await db.MonthlyAssessments.FirstOrDefaultAsync(match, cancellationToken);
}
