using AfterSales.Application.Abstractions;
using AfterSales.Application.Assessments;
using AfterSales.Domain.Assessments;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Grades;

/// <summary>
/// AS-8 for one month (<c>2026-10</c>): every approved assessment's scores, total, grade, deductions and pay
/// adjustment. HR pays from approved assessments only; those not yet approved are listed in
/// <see cref="MonthlyGradeReport.Pending"/> so that nobody is missed silently.
/// </summary>
/// <remarks><see cref="Month"/> is required, but nullable so that a missing one reaches the validator and is answered naming the field.</remarks>
public sealed record GetMonthlyGradeReport(string? Month) : IQuery<MonthlyGradeReport>;

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

public sealed class GetMonthlyGradeReportValidator : AbstractValidator<GetMonthlyGradeReport>
{
    public GetMonthlyGradeReportValidator() => RuleFor(query => query.Month).IsAssessmentMonth();
}

public sealed class GetMonthlyGradeReportHandler(IAfterSalesDbContext db, IMapper mapper) : IQueryHandler<GetMonthlyGradeReport, MonthlyGradeReport>
{
    /// <summary>One round trip: the month's assessments (without their complaint and amendment records) joined to their technicians.</summary>
    public async ValueTask<MonthlyGradeReport> Handle(GetMonthlyGradeReport query, CancellationToken cancellationToken)
    {
        var month = query.Month.ParsedMonth()!.Value;
        var assessed = await db.MonthlyAssessments.AsNoTracking().IgnoreAutoIncludes()
            .Where(assessment => assessment.Month == month)
            .Join(db.Technicians, assessment => assessment.TechnicianId, technician => technician.Id, (assessment, technician) => new
            {
                Assessment = assessment,
                technician.EmployeeNumber,
                technician.Name,
                technician.Team,
            })
            .ToListAsync(cancellationToken);

        var ordered = assessed.OrderBy(row => row.Team, StringComparer.Ordinal).ThenBy(row => row.EmployeeNumber, StringComparer.Ordinal).ToList();
        var rows = ordered
            .Where(row => row.Assessment.Status == AssessmentStatus.Approved)
            .Select(row => new MonthlyGradeRow(
                row.Assessment.TechnicianId,
                row.EmployeeNumber,
                row.Name,
                row.Team,
                mapper.Map<RubricScoresResponse>(row.Assessment.Scores),
                row.Assessment.Performance.Total,
                row.Assessment.ComplaintDeduction,
                row.Assessment.DisciplineDeduction,
                row.Assessment.ComplaintDeduction + row.Assessment.DisciplineDeduction,
                row.Assessment.Total,
                row.Assessment.Grade,
                row.Assessment.PayAdjustment.Percent,
                row.Assessment.SubmittedLate,
                row.Assessment.Id))
            .ToList();
        var pending = ordered
            .Where(row => row.Assessment.Status != AssessmentStatus.Approved)
            .Select(row => new PendingAssessment(row.Assessment.Id, row.Assessment.TechnicianId, row.EmployeeNumber, row.Name, row.Team, row.Assessment.Status))
            .ToList();
        return new MonthlyGradeReport(month.ToString(), rows, pending);
    }
}
