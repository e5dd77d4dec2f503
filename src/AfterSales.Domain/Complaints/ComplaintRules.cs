using System.Linq.Expressions;

namespace AfterSales.Domain.Complaints;

/// <summary>CP-8's overdue decision as a filter the store can run, the same test as <see cref="Appeal.IsDecisionOverdueOn"/>.</summary>
public static class ComplaintRules
{
    public static Expression<Func<Complaint, bool>> AppealDecisionOverdueOn(DateOnly today) =>
        complaint => complaint.Appeals.Any(appeal => appeal.DecidedAt == null && appeal.DecideBy < today);

    public static Expression<Func<Complaint, bool>> NoAppealDecisionOverdueOn(DateOnly today) =>
        complaint => !complaint.Appeals.Any(appeal => appeal.DecidedAt == null && appeal.DecideBy < today);
}
