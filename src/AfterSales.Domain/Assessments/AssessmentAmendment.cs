using AfterSales.Domain.Common;

namespace AfterSales.Domain.Assessments;

/// <summary>AS-6: a change to an approved assessment — why, who, when, and the outcome before and after.</summary>
public sealed class AssessmentAmendment
{
    private AssessmentAmendment()
    {
        Reason = null!;
        AmendedBy = null!;
        Before = null!;
        After = null!;
    }

    internal AssessmentAmendment(string reason, string amendedBy, DateTimeOffset amendedAt, AssessmentOutcome before, AssessmentOutcome after)
    {
        Id = Guid.CreateVersion7();
        Reason = Require.Text(reason, MonthlyAssessment.ReasonMaxLength);
        AmendedBy = Require.Text(amendedBy, 100);
        AmendedAt = amendedAt;
        Before = before;
        After = after;
    }

    public Guid Id { get; private set; }

    public string Reason { get; private set; }

    public string AmendedBy { get; private set; }

    public DateTimeOffset AmendedAt { get; private set; }

    public AssessmentOutcome Before { get; private set; }

    public AssessmentOutcome After { get; private set; }
}
