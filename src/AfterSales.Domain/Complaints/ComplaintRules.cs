using System.Linq.Expressions;

namespace AfterSales.Domain.Complaints;

/// <summary>
/// CP-8's overdue decision as a filter the store can run, the same test as <see cref="Appeal.IsDecisionOverdueOn"/>;
/// CP-9's complaints without an update.
/// </summary>
public static class ComplaintRules
{
    public static Expression<Func<Complaint, bool>> AppealDecisionOverdueOn(DateOnly today) =>
        complaint => complaint.Appeals.Any(appeal => appeal.DecidedAt == null && appeal.DecideBy < today);

    public static Expression<Func<Complaint, bool>> NoAppealDecisionOverdueOn(DateOnly today) =>
        complaint => !complaint.Appeals.Any(appeal => appeal.DecidedAt == null && appeal.DecideBy < today);

    /// <summary>
    /// CP-9: an open complaint (not yet resolved: the customer still waits for its outcome) whose last update came before
    /// <paramref name="cutoff"/>, from <see cref="ComplaintPolicy.UpdateCutoff"/>.
    /// </summary>
    public static Expression<Func<Complaint, bool>> WithoutUpdateSince(DateTimeOffset cutoff) =>
        complaint => (complaint.Status == ComplaintStatus.Received || complaint.Status == ComplaintStatus.Investigating || complaint.Status == ComplaintStatus.Verified)
            && complaint.LastUpdateAt < cutoff;
}
