using AfterSales.Domain.Common;
using AfterSales.Domain.Technicians;

namespace AfterSales.Domain.Assessments;

/// <summary>
/// One technician's assessment of one month (AS-1..AS-7). The performance part and the discipline
/// deduction follow the month's data until submission freezes them; the team lead's scores are counted,
/// the technician's own kept beside them; verified complaints deduct in every state, through a recorded
/// amendment once approved (AS-6).
/// </summary>
public sealed class MonthlyAssessment : AggregateRoot
{
    public const int ReasonMaxLength = 500;
    public const int CommentMaxLength = 2000;

    private readonly List<ComplaintDeduction> _complaints = [];
    private readonly List<AssessmentAmendment> _amendments = [];

    private MonthlyAssessment()
        : base(Guid.Empty)
    {
        Performance = null!;
        PayAdjustment = null!;
        CreatedBy = null!;
        Team = null!;
    }

    private MonthlyAssessment(Guid id)
        : base(id)
    {
        Performance = null!;
        PayAdjustment = null!;
        CreatedBy = null!;
        Team = null!;
    }

    public Guid TechnicianId { get; private set; }

    /// <summary>
    /// X-4, AS-4 (r2): the technician's team when the assessment was opened; that team's lead assesses the month, even
    /// if the technician has moved on since.
    /// </summary>
    public string Team { get; private set; }

    public AssessmentMonth Month { get; private set; }

    public AssessmentStatus Status { get; private set; }

    /// <summary>The team lead's scores (AS-3: counted); null until scored.</summary>
    public AssessmentScores? Scores { get; private set; }

    /// <summary>The technician's own scores (AS-3: kept beside, never counted).</summary>
    public AssessmentScores? SelfScores { get; private set; }

    public string? SelfComment { get; private set; }

    public DateTimeOffset? SelfAssessedAt { get; private set; }

    public Performance Performance { get; private set; }

    /// <summary>TE-5 records dated in the month, as last computed.</summary>
    public int DisciplineRecords { get; private set; }

    public int DisciplineDeduction { get; private set; }

    /// <summary>CP-6: the points of the complaints that count.</summary>
    public int ComplaintDeduction { get; private set; }

    /// <summary>AS-1: attitude + ability + performance − deductions, never below 0.</summary>
    public int Total { get; private set; }

    public Grade Grade { get; private set; }

    public PayAdjustment PayAdjustment { get; private set; }

    /// <summary>AS-4: the company-local day the assessment is due; a later submission is marked late.</summary>
    public DateOnly DueOn { get; private set; }

    public bool SubmittedLate { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string? ScoredBy { get; private set; }

    public DateTimeOffset? ScoredAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public IReadOnlyCollection<ComplaintDeduction> Complaints => _complaints;

    public IReadOnlyCollection<AssessmentAmendment> Amendments => _amendments;

    /// <summary>AS-7: verified complaints of the month that still count.</summary>
    public int ComplaintCount => _complaints.Count(complaint => complaint.Counts);

    /// <summary>From submission on, the month's data no longer changes the assessment.</summary>
    public bool IsFrozen => Status is AssessmentStatus.Submitted or AssessmentStatus.Approved;

    /// <summary>
    /// AS-1: opens the assessment of a month that has begun, with the performance part and the discipline
    /// deduction computed from the month's data so far; a team lead opens them for their own team only (X-4 r2).
    /// The pair's uniqueness is the store's to guarantee.
    /// </summary>
    public static MonthlyAssessment Create(
        Technician technician,
        AssessmentMonth month,
        PerformanceCounts performance,
        int disciplineRecords,
        AssessmentPolicy policy,
        DateOnly today,
        string createdBy,
        TeamReach creatorsReach,
        TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(technician);
        if (month.FirstDay > today)
        {
            throw new BusinessRuleViolationException("AS-1", $"month {month} has not begun yet");
        }

        creatorsReach.EnsureReaches(technician.Team, "X-4", $"open an assessment for technician {technician.EmployeeNumber}");
        var now = clock.GetUtcNow();
        var assessment = new MonthlyAssessment(Guid.CreateVersion7())
        {
            TechnicianId = technician.Id,
            Team = technician.Team,
            Month = month,
            Status = AssessmentStatus.Draft,
            DueOn = month.DueOn(policy.DueDay),
            CreatedBy = Require.Text(createdBy, 100),
            CreatedAt = now,
        };
        assessment.TakeMonthData(performance, disciplineRecords, policy, now);
        assessment.Raise(new AssessmentCreated(assessment.Id, technician.Id, month, now));
        return assessment;
    }

    /// <summary>AS-1: the month's data as it stands now; refused once submission has frozen it.</summary>
    public void Recompute(PerformanceCounts performance, int disciplineRecords, AssessmentPolicy policy, TimeProvider clock)
    {
        if (IsFrozen)
        {
            throw new BusinessRuleViolationException("AS-4", $"the assessment of {Month} is {Status}: its performance and discipline were frozen at submission");
        }

        TakeMonthData(performance, disciplineRecords, policy, clock.GetUtcNow());
    }

    /// <summary>
    /// AS-1, AS-3: the team lead's scores, counted in the total; they may be given again until submission. AS-4 (r2):
    /// given by the lead of the assessment's team, never by the technician assessed (a team lead's own are the manager's).
    /// </summary>
    public void Score(AssessmentScores scores, Assessor scorer, AssessmentPolicy policy, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(scores);
        EnsureBeforeSubmission("score");
        EnsureMayAssess(scorer, "score");
        var now = clock.GetUtcNow();
        Scores = scores;
        ScoredBy = Require.Text(scorer.Name, 100);
        ScoredAt = now;
        Status = AssessmentStatus.Scored;
        Recalculate(policy);
        Raise(new AssessmentScored(Id, Total, Grade, now));
    }

    /// <summary>AS-3: the technician's view of themselves, by the technician alone; it never changes the total.</summary>
    public void RecordSelfAssessment(Guid technicianId, AssessmentScores scores, string? comment, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (technicianId != TechnicianId)
        {
            throw new BusinessRuleViolationException("AS-3", "a self-assessment is recorded by the technician assessed");
        }

        EnsureBeforeSubmission("record the self-assessment of");
        var now = clock.GetUtcNow();
        var selfComment = Require.OptionalText(comment, CommentMaxLength);
        SelfScores = scores;
        SelfComment = selfComment;
        SelfAssessedAt = now;
        Raise(new SelfAssessmentRecorded(Id, now));
    }

    /// <summary>
    /// AS-4: a scored assessment goes to the manager; after the due day it is accepted and marked late. (r2) Only once
    /// the month has ended (<paramref name="today"/> is company-local), and by whoever may score it.
    /// </summary>
    public void Submit(Assessor submitter, DateOnly today, TimeProvider clock)
    {
        EnsureStatus("submit", AssessmentStatus.Scored);
        EnsureMayAssess(submitter, "submit");
        if (today <= Month.LastDay)
        {
            throw new BusinessRuleViolationException("AS-4", $"the assessment of {Month} can be submitted once the month has ended, from {Month.Next().FirstDay:yyyy-MM-dd}");
        }

        var now = clock.GetUtcNow();
        SubmittedBy = Require.Text(submitter.Name, 100);
        SubmittedAt = now;
        SubmittedLate = today > DueOn;
        Status = AssessmentStatus.Submitted;
        Raise(new AssessmentSubmitted(Id, SubmittedLate, now));
    }

    /// <summary>AS-4: the manager approves; from now on only amendments change it (AS-6).</summary>
    public void Approve(string approvedBy, TimeProvider clock)
    {
        EnsureStatus("approve", AssessmentStatus.Submitted);
        var now = clock.GetUtcNow();
        ApprovedBy = Require.Text(approvedBy, 100);
        ApprovedAt = now;
        Status = AssessmentStatus.Approved;
        Raise(new AssessmentApproved(Id, Total, Grade, now));
    }

    /// <summary>AS-6: new scores for an approved assessment, with the reason and the outcome before and after on record.</summary>
    public void Amend(string reason, AssessmentScores scores, string amendedBy, AssessmentPolicy policy, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (Status != AssessmentStatus.Approved)
        {
            throw new BusinessRuleViolationException("AS-6", $"only an approved assessment is amended; the assessment of {Month} is {Status}");
        }

        var why = Require.Text(reason, ReasonMaxLength);
        if (scores == Scores)
        {
            throw new BusinessRuleViolationException("AS-6", "the amendment changes nothing");
        }

        Change(why, amendedBy, policy, clock, () => Scores = scores);
    }

    /// <summary>
    /// CP-6: a complaint verified in this month deducts its points, once however often it is reported.
    /// Before approval the deduction simply changes; once approved it changes through an amendment (AS-6).
    /// </summary>
    public void RecordVerifiedComplaint(Guid complaintId, string complaintNumber, int points, AssessmentPolicy policy, string recordedBy, TimeProvider clock)
    {
        if (CountingDeductionFor(complaintId) is not null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var deduction = new ComplaintDeduction(complaintId, complaintNumber, points, now);
        Change($"complaint {deduction.ComplaintNumber} verified (CP-6)", recordedBy, policy, clock, () => _complaints.Add(deduction));
        Raise(new ComplaintDeductionRecorded(Id, complaintId, points, now));
    }

    /// <summary>CP-8: an appeal upheld gives the complaint's points back, in the same way as they were taken; unknown or already withdrawn complaints change nothing.</summary>
    public void WithdrawComplaint(Guid complaintId, AssessmentPolicy policy, string recordedBy, TimeProvider clock)
    {
        if (CountingDeductionFor(complaintId) is not { } deduction)
        {
            return;
        }

        var now = clock.GetUtcNow();
        Change($"complaint {deduction.ComplaintNumber} overturned on appeal (CP-8)", recordedBy, policy, clock, () => deduction.Withdraw(now));
        Raise(new ComplaintDeductionWithdrawn(Id, complaintId, now));
    }

    /// <summary>Applies a change and recalculates; on an approved assessment the change is recorded as an amendment (AS-6).</summary>
    private void Change(string reason, string by, AssessmentPolicy policy, TimeProvider clock, Action change)
    {
        // Checked before anything changes, so a refusal leaves the assessment as it was.
        var changedBy = Require.Text(by, 100);
        if (Status != AssessmentStatus.Approved)
        {
            change();
            Recalculate(policy);
            return;
        }

        var now = clock.GetUtcNow();
        var before = new AssessmentOutcome(this);
        change();
        Recalculate(policy);
        var amendment = new AssessmentAmendment(reason, changedBy, now, before, new AssessmentOutcome(this));
        _amendments.Add(amendment);
        Raise(new AssessmentAmended(Id, amendment.Id, amendment.Reason, now));
    }

    private ComplaintDeduction? CountingDeductionFor(Guid complaintId) =>
        _complaints.SingleOrDefault(complaint => complaint.ComplaintId == complaintId && complaint.Counts);

    private void TakeMonthData(PerformanceCounts performance, int disciplineRecords, AssessmentPolicy policy, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(disciplineRecords);
        Performance = Performance.From(performance, policy.Weights, now);
        DisciplineRecords = disciplineRecords;
        DisciplineDeduction = disciplineRecords * policy.DisciplinePoints;
        Recalculate(policy);
    }

    /// <summary>AS-1, AS-2, AS-7: the total, its grade and the pay recommendation from what the assessment holds.</summary>
    private void Recalculate(AssessmentPolicy policy)
    {
        ComplaintDeduction = _complaints.Where(complaint => complaint.Counts).Sum(complaint => complaint.Points);
        var earned = (Scores?.Total ?? 0) + Performance.Total;
        Total = Math.Max(0, earned - ComplaintDeduction - DisciplineDeduction);
        Grade = policy.GradeFor(Total);
        PayAdjustment = policy.PayFor(Performance.Satisfaction, ComplaintCount);
    }

    private void EnsureBeforeSubmission(string action)
    {
        if (Status == AssessmentStatus.Approved)
        {
            throw new BusinessRuleViolationException("AS-6", $"the assessment of {Month} is approved: it changes only through an amendment");
        }

        if (Status == AssessmentStatus.Submitted)
        {
            throw new BusinessRuleViolationException("AS-4", $"cannot {action} the assessment of {Month} once it is submitted");
        }
    }

    /// <summary>AS-4 (r2): nobody scores or submits their own assessment, and a team lead only those of their own team.</summary>
    private void EnsureMayAssess(Assessor assessor, string action)
    {
        if (assessor.TechnicianId == TechnicianId)
        {
            throw new BusinessRuleViolationException("AS-4", $"nobody may {action} their own assessment: a team lead's is the manager's to {action}");
        }

        assessor.Reach.EnsureReaches(Team, "AS-4", $"{action} the assessment of {Month} of a technician");
    }

    private void EnsureStatus(string action, AssessmentStatus allowed)
    {
        if (Status != allowed)
        {
            throw new BusinessRuleViolationException("AS-4", $"cannot {action} the assessment of {Month} while it is {Status}");
        }
    }
}
