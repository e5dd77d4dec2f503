using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Scheduling;

namespace AfterSales.Domain.Technicians;

/// <summary>A technician's side of complaints: who answers when nobody was named (CP-4), and the review flag (CP-7).</summary>
public sealed partial class Technician
{
    private readonly List<ComplaintReviewFlag> _complaintReviewFlags = [];

    /// <summary>CP-7: one per quarter and category in which the technician reached the review threshold; a withdrawn flag stays on record.</summary>
    public IReadOnlyCollection<ComplaintReviewFlag> ComplaintReviewFlags => _complaintReviewFlags;

    /// <summary>
    /// CP-4: when a verified complaint names nobody, the team lead of the related team answers for it: the one
    /// technician of <paramref name="team"/> in the TeamLead position who has not departed. None, or more than
    /// one, and the verifier must name the responsible technician.
    /// </summary>
    public static Technician TeamLeadOf(string team, IEnumerable<Technician> technicians)
    {
        var leads = technicians
            .Where(technician => technician.Team == team && technician.Position == Position.TeamLead && technician.Status != TechnicianStatus.Departed)
            .ToList();
        return leads.Count switch
        {
            1 => leads[0],
            0 => throw new BusinessRuleViolationException("CP-4", $"team {team} has no team lead to answer for the complaint; name the responsible technician"),
            _ => throw new BusinessRuleViolationException("CP-4", $"team {team} has {leads.Count} team leads; name the responsible technician"),
        };
    }

    /// <summary>
    /// CP-7: with <paramref name="verifiedComplaints"/> complaints of <paramref name="category"/> standing against
    /// the technician in <paramref name="quarter"/>, flags them for demotion or dismissal review once the threshold
    /// is reached — once per quarter and category — and withdraws the flag when upheld appeals take the count below it.
    /// </summary>
    public void ReviewComplaintCount(CalendarQuarter quarter, ComplaintCategory category, int verifiedComplaints, int threshold, TimeProvider clock)
    {
        var flag = _complaintReviewFlags.SingleOrDefault(candidate => candidate.Period == quarter && candidate.Category == category);
        var due = verifiedComplaints >= threshold;
        var flagged = flag is { IsActive: true };
        if (due == flagged)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (!due)
        {
            flag!.Withdraw(now);
            Raise(new ComplaintReviewFlagWithdrawn(Id, quarter.Year, quarter.Quarter, category, now));
            return;
        }

        if (flag is null)
        {
            _complaintReviewFlags.Add(new ComplaintReviewFlag(quarter, category, now));
        }
        else
        {
            flag.Reinstate(now);
        }

        Raise(new ComplaintReviewFlagRaised(Id, quarter.Year, quarter.Quarter, category, now));
    }
}
