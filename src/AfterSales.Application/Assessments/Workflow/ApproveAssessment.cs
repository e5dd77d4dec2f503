using AfterSales.Application.Abstractions;
using AfterSales.Domain.Assessments;
using AutoMapper;

namespace AfterSales.Application.Assessments.Workflow;

/// <summary>AS-4: the manager approves a submitted assessment; from then on it changes only through amendments (AS-6).</summary>
public sealed record ApproveAssessment : AssessmentAction;

public sealed class ApproveAssessmentHandler(
    IAfterSalesDbContext db,
    AssessmentAccess access,
    AssessmentCalculator calculator,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : AssessmentActionHandler<ApproveAssessment>(db, access, calculator, mapper)
{
    protected override void Apply(MonthlyAssessment assessment, ApproveAssessment command) =>
        assessment.Approve(user.UserName, clock);
}
