using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Assessments;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.Assessments;

/// <summary>A change to one assessment: <c>PUT</c> or <c>POST /assessments/{id}/{action}</c>; the body is the derived record.</summary>
public abstract record AssessmentAction : ICommand<AssessmentResponse>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid AssessmentId { get; init; }

    /// <summary>From <c>If-Match</c>; null when the client did not ask for a version check.</summary>
    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }

    /// <summary>The same action aimed at an assessment, at the version the client expects.</summary>
    public TAction For<TAction>(Guid assessmentId, uint? expectedVersion)
        where TAction : AssessmentAction =>
        (TAction)(this with { AssessmentId = assessmentId, ExpectedVersion = expectedVersion });
}

/// <summary>
/// The shape every assessment action shares: load the assessment the caller may see at the version they
/// expect, bring its month data up to date while it is still open (AS-1), apply one domain method, save,
/// answer with the assessment.
/// </summary>
public abstract class AssessmentActionHandler<TAction>(IAfterSalesDbContext db, AssessmentAccess access, AssessmentCalculator calculator, IMapper mapper)
    : ICommandHandler<TAction, AssessmentResponse>
    where TAction : AssessmentAction
{
    public async ValueTask<AssessmentResponse> Handle(TAction command, CancellationToken cancellationToken)
    {
        var assessment = await db.MonthlyAssessments.LoadForChangeAsync(command.AssessmentId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        await calculator.RefreshAsync(assessment, cancellationToken);
        Apply(assessment, command);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AssessmentResponse>(assessment);
    }

    protected abstract void Apply(MonthlyAssessment assessment, TAction command);
}
