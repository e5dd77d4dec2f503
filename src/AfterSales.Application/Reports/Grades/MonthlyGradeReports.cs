using AfterSales.Application.Abstractions;
using AfterSales.Application.Assessments;
using AfterSales.Domain.Assessments;
using AutoMapper;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Grades;

/// <summary>
/// AS-8 for one month (<c>2026-10</c>): every approved assessment's scores, total, grade, deductions and pay
/// adjustment. HR pays from approved assessments only; those not yet approved are listed in
/// <see cref="MonthlyGradeReport.Pending"/> so that nobody is missed silently.
/// </summary>
public sealed record MonthlyGradeReport(string Month, IReadOnlyList<MonthlyGradeRow> Rows, IReadOnlyList<PendingAssessment> Pending);

/// <summary><see cref="Deductions"/> is the points deducted in all, <see cref="ComplaintDeduction"/> and <see cref="DisciplineDeduction"/> its parts.</summary>
public sealed record MonthlyGradeRow(
    Guid TechnicianId,
    string EmployeeNumber,
    string Name,
    string Team,
    RubricScoresResponse Scores,
    int Performance,
    int ComplaintDeduction,
    int DisciplineDeduction,
    int Deductions,
    int Total,
    Grade Grade,
    int PayAdjustmentPercent,
    bool SubmittedLate,
    Guid AssessmentId);

public sealed record PendingAssessment(Guid AssessmentId, Guid TechnicianId, string EmployeeNumber, string Name, string Team, AssessmentStatus Status);

public sealed class MonthlyGradeReports(IStandbyReads standby, IMapper mapper)
{
    /// <summary>
    /// One round trip: the figures of the month's assessments joined to their technicians. It reads columns, not
    /// assessments: materialising 500 aggregates with eight owned parts each cost more than the rest of the report.
    /// </summary>
    public async Task<MonthlyGradeReport> ReadAsync(AssessmentMonth month, CancellationToken cancellationToken)
    {
        var assessed = await standby.Database.MonthlyAssessments
            .Where(assessment => assessment.Month == month)
            .Join(standby.Database.Technicians, assessment => assessment.TechnicianId, technician => technician.Id, (assessment, technician) => new AssessedFigures(
                assessment.Id,
                assessment.TechnicianId,
                technician.EmployeeNumber,
                technician.Name,
                technician.Team,
                assessment.Status,
                assessment.Scores,
                new PerformanceCounts(
                    new MetricCount(assessment.Performance.Satisfaction.Count, assessment.Performance.Satisfaction.OutOf),
                    new MetricCount(assessment.Performance.Resolution.Count, assessment.Performance.Resolution.OutOf),
                    new MetricCount(assessment.Performance.Timeliness.Count, assessment.Performance.Timeliness.OutOf),
                    new MetricCount(assessment.Performance.Quality.Count, assessment.Performance.Quality.OutOf)),
                new PerformanceWeights(
                    assessment.Performance.Satisfaction.Weight,
                    assessment.Performance.Resolution.Weight,
                    assessment.Performance.Timeliness.Weight,
                    assessment.Performance.Quality.Weight),
                assessment.Performance.ComputedAt,
                assessment.ComplaintDeduction,
                assessment.DisciplineDeduction,
                assessment.Total,
                assessment.Grade,
                new PayAdjustment(assessment.PayAdjustment.SatisfactionPercent, assessment.PayAdjustment.ComplaintPercent),
                assessment.SubmittedLate))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var ordered = assessed.OrderBy(row => row.Team, StringComparer.Ordinal).ThenBy(row => row.EmployeeNumber, StringComparer.Ordinal).ToList();
        var rows = ordered
            .Where(row => row.Status == AssessmentStatus.Approved)
            .Select(row => new MonthlyGradeRow(
                row.TechnicianId,
                row.EmployeeNumber,
                row.Name,
                row.Team,
                mapper.Map<RubricScoresResponse>(row.Scores),
                Performance.From(row.PerformanceCounts, row.PerformanceWeights, row.PerformanceComputedAt).Total,
                row.ComplaintDeduction,
                row.DisciplineDeduction,
                row.ComplaintDeduction + row.DisciplineDeduction,
                row.Total,
                row.Grade,
                row.PayAdjustment.Percent,
                row.SubmittedLate,
                row.AssessmentId))
            .ToList();
        var pending = ordered
            .Where(row => row.Status != AssessmentStatus.Approved)
            .Select(row => new PendingAssessment(row.AssessmentId, row.TechnicianId, row.EmployeeNumber, row.Name, row.Team, row.Status))
            .ToList();
        return new MonthlyGradeReport(month.ToString(), rows, pending);
    }

    private sealed record AssessedFigures(
        Guid AssessmentId,
        Guid TechnicianId,
        string EmployeeNumber,
        string Name,
        string Team,
        AssessmentStatus Status,
        AssessmentScores? Scores,
        PerformanceCounts PerformanceCounts,
        PerformanceWeights PerformanceWeights,
        DateTimeOffset PerformanceComputedAt,
        int ComplaintDeduction,
        int DisciplineDeduction,
        int Total,
        Grade Grade,
        PayAdjustment PayAdjustment,
        bool SubmittedLate);
}
