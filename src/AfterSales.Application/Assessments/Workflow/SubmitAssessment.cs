using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Domain.Assessments;
using AutoMapper;

namespace AfterSales.Application.Assessments.Workflow;

/// <summary>AS-4: the team lead submits a scored assessment; after the due day it is marked late. The month data is frozen from here.</summary>
public sealed record SubmitAssessment : AssessmentAction;

public sealed class SubmitAssessmentHandler(
    IAfterSalesDbContext db,
    AssessmentAccess access,
    AssessmentCalculator calculator,
    IMapper mapper,
    ICurrentUser user,
    CompanyCalendar company,
    TimeProvider clock)
    : AssessmentActionHandler<SubmitAssessment>(db, access, calculator, mapper)
{
    protected override void Apply(MonthlyAssessment assessment, SubmitAssessment command) =>
        assessment.Submit(user.UserName, company.Today, clock);
}
