using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.Assessments.Workflow;

/// <summary>AS-4: the manager approves a submitted assessment; from then on it changes only through amendments (AS-6).</summary>
public sealed record ApproveAssessment : ICommand<AssessmentResponse>
{
    [JsonIgnore]
    public Guid AssessmentId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ApproveAssessmentHandler(
    IAfterSalesDbContext db,
    AssessmentAccess access,
    AssessmentCalculator calculator,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<ApproveAssessment, AssessmentResponse>
{
    public async ValueTask<AssessmentResponse> Handle(ApproveAssessment command, CancellationToken cancellationToken)
    {
        var assessment = await db.MonthlyAssessments.LoadForChangeAsync(command.AssessmentId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        await calculator.RefreshAsync(assessment, cancellationToken);
        assessment.Approve(user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AssessmentResponse>(assessment);
    }
}
