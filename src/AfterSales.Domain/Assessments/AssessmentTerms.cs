namespace AfterSales.Domain.Assessments;

/// <summary>AS-4: Draft → Scored (team lead) → Submitted → Approved (Manager).</summary>
public enum AssessmentStatus
{
    Draft,
    Scored,
    Submitted,
    Approved,
}

/// <summary>AS-2: the grade a total earns.</summary>
public enum Grade
{
    A,
    B,
    C,
}

/// <summary>The annual flags of the HR report: AS-5's two, and CP-7's complaint review.</summary>
public enum ReviewFlag
{
    PromotionCandidate,
    DemotionReview,
    ComplaintReview,
}
