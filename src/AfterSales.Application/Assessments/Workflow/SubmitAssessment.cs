using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Time;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.Assessments.Workflow;

/// <summary>
/// AS-4: the team lead submits a scored assessment once its month has ended (r2: the manager a team lead's own); after the
/// due day it is marked late. The month data is frozen from here.
/// </summary>
public sealed record SubmitAssessment : ICommand<AssessmentResponse>
{
    [JsonIgnore]
    public Guid AssessmentId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class SubmitAssessmentHandler(
    IAfterSalesDbContext db,
    AssessmentAccess access,
    AssessmentCalculator calculator,
    IMapper mapper,
    CompanyCalendar company,
    TimeProvider clock)
    : ICommandHandler<SubmitAssessment, AssessmentResponse>
{
    public async ValueTask<AssessmentResponse> Handle(SubmitAssessment command, CancellationToken cancellationToken)
    {
        var assessment = await db.MonthlyAssessments.LoadForChangeAsync(command.AssessmentId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        await calculator.RefreshAsync(assessment, cancellationToken);
        assessment.Submit(await access.AssessorAsync(cancellationToken), company.Today, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AssessmentResponse>(assessment);
    }
}
