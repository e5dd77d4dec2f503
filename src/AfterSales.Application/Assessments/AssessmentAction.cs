using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Actions;
using AfterSales.Domain.Assessments;
using AutoMapper;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Assessments;

/// <summary>A change to one assessment: <c>PUT</c> or <c>POST /assessments/{id}/{action}</c>; the body is the derived record.</summary>
public abstract record AssessmentAction : AggregateAction<AssessmentResponse>;

/// <summary>
/// An assessment action on an assessment the caller may see: its month data is brought up to date while
/// it is still open (AS-1) before the one domain method applies.
/// </summary>
public abstract class AssessmentActionHandler<TAction>(IAfterSalesDbContext db, AssessmentAccess access, AssessmentCalculator calculator, IMapper mapper)
    : AggregateActionHandler<MonthlyAssessment, TAction, AssessmentResponse>(db, mapper)
    where TAction : AssessmentAction
{
    protected override DbSet<MonthlyAssessment> Aggregates => Db.MonthlyAssessments;

    protected override void EnsureVisible(MonthlyAssessment assessment) => access.EnsureVisible(assessment);

    protected override async Task ApplyAsync(MonthlyAssessment assessment, TAction command, CancellationToken cancellationToken)
    {
        await calculator.RefreshAsync(assessment, cancellationToken);
        Apply(assessment, command);
    }

    protected abstract void Apply(MonthlyAssessment assessment, TAction command);
}
