using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Assessments;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Assessments.List;

/// <summary>Assessments by month (<c>2026-10</c>), technician, grade and status, newest month first (technicians: their own; team leads: their team's, X-4).</summary>
public sealed record ListAssessments(string? Month, Guid? TechnicianId, Grade? Grade, AssessmentStatus? Status, int Page = 1, int PageSize = 20)
    : IQuery<PagedList<AssessmentSummary>>, IPagedQuery;

/// <summary>
/// A list row as last saved; <see cref="PerformanceComputedAt"/> says as of when. Reading one assessment
/// recomputes a draft's month data, a list does not.
/// </summary>
public sealed record AssessmentSummary(
    Guid Id,
    Guid TechnicianId,
    string EmployeeNumber,
    string Name,
    string Team,
    string Month,
    AssessmentStatus Status,
    int Total,
    Grade Grade,
    bool SubmittedLate,
    int PayAdjustmentPercent,
    DateTimeOffset PerformanceComputedAt);

public sealed class ListAssessmentsValidator : PagedQueryValidator<ListAssessments>
{
    public ListAssessmentsValidator()
    {
        RuleFor(query => query.Month).IsAssessmentMonth().When(query => query.Month is not null);
        RuleFor(query => query.Grade).IsInEnum();
        RuleFor(query => query.Status).IsInEnum();
    }
}

public sealed class ListAssessmentsHandler(IAfterSalesDbContext db, AssessmentAccess access)
    : IQueryHandler<ListAssessments, PagedList<AssessmentSummary>>
{
    public async ValueTask<PagedList<AssessmentSummary>> Handle(ListAssessments query, CancellationToken cancellationToken)
    {
        var assessments = await access.VisibleAsync(db.MonthlyAssessments.AsNoTracking().IgnoreAutoIncludes(), cancellationToken);
        if (query.Month.ParsedMonth() is { } month)
        {
            assessments = assessments.Where(assessment => assessment.Month == month);
        }

        if (query.TechnicianId is { } technicianId)
        {
            assessments = assessments.Where(assessment => assessment.TechnicianId == technicianId);
        }

        if (query.Grade is { } grade)
        {
            assessments = assessments.Where(assessment => assessment.Grade == grade);
        }

        if (query.Status is { } status)
        {
            assessments = assessments.Where(assessment => assessment.Status == status);
        }

        var page = await assessments
            .Join(db.Technicians, assessment => assessment.TechnicianId, technician => technician.Id, (assessment, technician) => new
            {
                assessment.Id,
                assessment.TechnicianId,
                technician.EmployeeNumber,
                technician.Name,
                technician.Team,
                assessment.Month,
                assessment.Status,
                assessment.Total,
                assessment.Grade,
                assessment.SubmittedLate,
                assessment.PayAdjustment,
                assessment.Performance.ComputedAt,
            })
            .OrderByDescending(row => row.Month)
            .ThenBy(row => row.EmployeeNumber)
            .ToPageAsync(query, cancellationToken);
        return page.Map(row => new AssessmentSummary(
            row.Id,
            row.TechnicianId,
            row.EmployeeNumber,
            row.Name,
            row.Team,
            row.Month.ToString(),
            row.Status,
            row.Total,
            row.Grade,
            row.SubmittedLate,
            row.PayAdjustment.Percent,
            row.ComputedAt));
    }
}
