using AfterSales.Domain.Common;

namespace AfterSales.Domain.Assessments;

/// <summary>
/// CP-6: a verified complaint's deduction in the month it was verified. Overturned on appeal (CP-8) it
/// stays on record, withdrawn, so the assessment shows what was taken away and given back.
/// </summary>
public sealed class ComplaintDeduction
{
    private ComplaintDeduction()
    {
        ComplaintNumber = null!;
    }

    internal ComplaintDeduction(Guid complaintId, string complaintNumber, int points, DateTimeOffset recordedAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        Id = Guid.CreateVersion7();
        ComplaintId = complaintId;
        ComplaintNumber = Require.Text(complaintNumber, 20);
        Points = points;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid ComplaintId { get; private set; }

    /// <summary>The complaint's readable number (<c>CP-2026-000003</c>), for the amendment reason and for HR.</summary>
    public string ComplaintNumber { get; private set; }

    public int Points { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool Counts => WithdrawnAt is null;

    internal void Withdraw(DateTimeOffset at) => WithdrawnAt = at;
}

/// <summary>What an assessment concluded at one moment; an amendment keeps the one before and the one after (AS-6).</summary>
public sealed class AssessmentOutcome
{
    private AssessmentOutcome()
    {
    }

    internal AssessmentOutcome(MonthlyAssessment assessment)
    {
        Scores = assessment.Scores;
        Performance = assessment.Performance.Total;
        ComplaintDeduction = assessment.ComplaintDeduction;
        DisciplineDeduction = assessment.DisciplineDeduction;
        Total = assessment.Total;
        Grade = assessment.Grade;
        PayAdjustmentPercent = assessment.PayAdjustment.Percent;
    }

    public AssessmentScores? Scores { get; private set; }

    public int Performance { get; private set; }

    public int ComplaintDeduction { get; private set; }

    public int DisciplineDeduction { get; private set; }

    public int Total { get; private set; }

    public Grade Grade { get; private set; }

    public int PayAdjustmentPercent { get; private set; }
}

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
