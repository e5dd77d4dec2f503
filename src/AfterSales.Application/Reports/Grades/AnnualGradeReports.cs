using AfterSales.Application.Abstractions;
using AfterSales.Domain.Assessments;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Grades;

/// <summary>
/// AS-8 for one calendar year: per technician with approved assessments that year, the grade counts, the
/// average total (the basis of the year-end bonus, AS-5) and the flags of AS-5 and CP-7. As in the monthly
/// report, only approved assessments count: they are what HR pays from.
/// </summary>
public sealed record AnnualGradeReport(int Year, IReadOnlyList<AnnualGradeRow> Rows);

/// <summary><see cref="AverageTotal"/> is over the <see cref="Months"/> approved, to two places (half away from zero).</summary>
public sealed record AnnualGradeRow(
    Guid TechnicianId,
    string EmployeeNumber,
    string Name,
    string Team,
    GradeCounts GradeCounts,
    int Months,
    decimal AverageTotal,
    IReadOnlyList<ReviewFlag> Flags);

public sealed class AnnualGradeReports(IStandbyReads standby, AnnualReview review, IComplaintReviewFlags complaintReviews)
{
    /// <summary>
    /// At most two round trips, whatever the number of technicians: the year's approved assessments counted
    /// and averaged per technician in SQL, then CP-7's flagged technicians.
    /// </summary>
    public async Task<AnnualGradeReport> ReadAsync(int year, CancellationToken cancellationToken)
    {
        var (first, last) = (AssessmentMonth.Of(year, 1), AssessmentMonth.Of(year, 12));
        var totals = await standby.Database.MonthlyAssessments.AsNoTracking()
            .Where(assessment => assessment.Status == AssessmentStatus.Approved && assessment.Month >= first && assessment.Month <= last)
            .Join(standby.Database.Technicians, assessment => assessment.TechnicianId, technician => technician.Id, (assessment, technician) => new
            {
                assessment.TechnicianId,
                technician.EmployeeNumber,
                technician.Name,
                technician.Team,
                assessment.Grade,
                assessment.Total,
            })
            .GroupBy(row => new { row.TechnicianId, row.EmployeeNumber, row.Name, row.Team })
            .Select(group => new
            {
                group.Key.TechnicianId,
                group.Key.EmployeeNumber,
                group.Key.Name,
                group.Key.Team,
                A = group.Count(row => row.Grade == Grade.A),
                B = group.Count(row => row.Grade == Grade.B),
                C = group.Count(row => row.Grade == Grade.C),
                Months = group.Count(),
                AverageTotal = group.Average(row => (decimal)row.Total),
            })
            .ToListAsync(cancellationToken);
        var flaggedByComplaints = await complaintReviews.FlaggedInAsync(year, cancellationToken);

        var rows = totals
            .OrderBy(row => row.Team, StringComparer.Ordinal)
            .ThenBy(row => row.EmployeeNumber, StringComparer.Ordinal)
            .Select(row =>
            {
                var counts = new GradeCounts(row.A, row.B, row.C);
                var flags = flaggedByComplaints.Contains(row.TechnicianId)
                    ? [.. review.FlagsFor(counts), ReviewFlag.ComplaintReview]
                    : review.FlagsFor(counts);
                return new AnnualGradeRow(
                    row.TechnicianId,
                    row.EmployeeNumber,
                    row.Name,
                    row.Team,
                    counts,
                    row.Months,
                    decimal.Round(row.AverageTotal, 2, MidpointRounding.AwayFromZero),
                    flags);
            })
            .ToList();
        return new AnnualGradeReport(year, rows);
    }
}
