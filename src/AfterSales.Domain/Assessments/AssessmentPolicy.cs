namespace AfterSales.Domain.Assessments;

/// <summary>One step of AS-7's table: from <see cref="AtLeast"/> on (a satisfaction percentage, or a number of complaints), <see cref="Percent"/> applies.</summary>
public sealed record PayStep(int AtLeast, int Percent);

/// <summary>
/// AS-7: the pay adjustment recommended to HR, kept in its two parts so it can be explained. The parts
/// are added: 100 % satisfaction (+15) with one verified complaint (−5) recommends +10.
/// </summary>
public sealed record PayAdjustment(int SatisfactionPercent, int ComplaintPercent)
{
    public int Percent => SatisfactionPercent + ComplaintPercent;
}

/// <summary>The numbers of AS-1, AS-2, AS-4 and AS-7 from [Assessment], applied when an assessment is (re)calculated.</summary>
public sealed class AssessmentPolicy
{
    private readonly int _gradeA;
    private readonly int _gradeB;
    private readonly PayStep[] _satisfactionSteps;
    private readonly PayStep[] _complaintSteps;

    /// <param name="weights">AS-1: the points of each performance metric.</param>
    /// <param name="disciplinePoints">AS-1: points deducted per discipline record (TE-5).</param>
    /// <param name="dueDay">AS-4: the day of the following month an assessment is due.</param>
    /// <param name="gradeA">AS-2: the lowest total graded A.</param>
    /// <param name="gradeB">AS-2: the lowest total graded B.</param>
    /// <param name="satisfactionSteps">AS-7: satisfaction percentages and what they add.</param>
    /// <param name="complaintSteps">AS-7: numbers of verified complaints and what they take away.</param>
    public AssessmentPolicy(
        PerformanceWeights weights,
        int disciplinePoints,
        int dueDay,
        int gradeA,
        int gradeB,
        IEnumerable<PayStep> satisfactionSteps,
        IEnumerable<PayStep> complaintSteps)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegative(disciplinePoints);
        if (dueDay is < 1 or > 28)
        {
            throw new ArgumentOutOfRangeException(nameof(dueDay), dueDay, "The due day must exist in every month (1 to 28).");
        }

        if (gradeB <= 0 || gradeA <= gradeB)
        {
            throw new ArgumentException($"Grade thresholds must satisfy 0 < B ({gradeB}) < A ({gradeA}).", nameof(gradeA));
        }

        Weights = weights;
        DisciplinePoints = disciplinePoints;
        DueDay = dueDay;
        _gradeA = gradeA;
        _gradeB = gradeB;
        _satisfactionSteps = [.. satisfactionSteps.OrderByDescending(step => step.AtLeast)];
        _complaintSteps = [.. complaintSteps.OrderByDescending(step => step.AtLeast)];
    }

    public PerformanceWeights Weights { get; }

    public int DisciplinePoints { get; }

    public int DueDay { get; }

    /// <summary>AS-2: A from the A threshold, B from the B threshold, otherwise C.</summary>
    public Grade GradeFor(int total) => total >= _gradeA ? Grade.A : total >= _gradeB ? Grade.B : Grade.C;

    /// <summary>
    /// AS-7: the highest satisfaction step the measured rate reaches, plus the highest complaint step the
    /// month's verified complaints reach. A month without surveys earns no satisfaction step: AS-1 gives
    /// it full points, but there is no measured satisfaction to pay for.
    /// </summary>
    public PayAdjustment PayFor(PerformanceMetric satisfaction, int verifiedComplaints)
    {
        ArgumentNullException.ThrowIfNull(satisfaction);
        var forSatisfaction = _satisfactionSteps.FirstOrDefault(step => satisfaction.Reaches(step.AtLeast))?.Percent ?? 0;
        var forComplaints = _complaintSteps.FirstOrDefault(step => verifiedComplaints >= step.AtLeast)?.Percent ?? 0;
        return new PayAdjustment(forSatisfaction, forComplaints);
    }
}
