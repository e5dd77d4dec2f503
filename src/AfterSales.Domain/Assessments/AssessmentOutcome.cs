namespace AfterSales.Domain.Assessments;

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
