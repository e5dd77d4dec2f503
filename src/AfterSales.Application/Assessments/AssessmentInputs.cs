using AfterSales.Application.Abstractions;
using AfterSales.Domain.Assessments;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Assessments;

/// <summary>What the month's records say about one technician: the performance counts and the discipline records.</summary>
public sealed record AssessmentFacts(PerformanceCounts Performance, int DisciplineRecords);

/// <summary>
/// Gathers AS-1's month data for one technician in one round trip. The month runs from the first to the
/// last company-local midnight (0003). Work is credited to the technician the order was assigned to at
/// the moment that counts (WO-2 keeps every assignment), so a reassignment moves later work, not earlier:
/// <list type="bullet">
/// <item>satisfaction — of the four answers of every survey in follow-ups recorded in the month (WO-13) on
/// orders that were the technician's when the follow-up was recorded, the share answered 3 (satisfied) or
/// 4 (very satisfied);</item>
/// <item>resolution — distinct orders the technician resolved in the month ÷ distinct orders assigned to
/// them in the month (capped at 1 by the metric, since work assigned in one month is often resolved in the next);</item>
/// <item>timeliness — of the clocks a technician stops (contact, plan, arrival, resolution; dispatch and
/// follow-up are the desk's), settled in the month while the order was theirs, the share met. A met clock
/// settles when it stops, a breached one when its deadline passes (WO-8: a breach is never undone); an overdue one
/// is not settled yet, since a step done in time may still sync (WO-17);</item>
/// <item>quality — of the technician's resolutions in the month, those not reopened within
/// [Assessment:Performance:QualityWindowDays] (30) days of the resolution;</item>
/// <item>discipline — TE-5 records dated in the month.</item>
/// </list>
/// A metric with nothing to count has no data and scores in full (the domain's rule).
/// </summary>
public sealed class AssessmentInputs(IAfterSalesDbContext db, WorkingCalendar calendar, IOptions<AssessmentOptions> options)
{
    /// <summary>WO-13's scale: 3 is satisfied, 4 very satisfied.</summary>
    private const int Satisfied = 3;

    private const int AnswersPerSurvey = 4;

    private static readonly SlaClockName[] TechnicianClocks = [SlaClockName.Contact, SlaClockName.Plan, SlaClockName.Arrival, SlaClockName.Resolution];

    /// <summary>The facts of <paramref name="month"/>, or null when no such technician exists.</summary>
    public async Task<AssessmentFacts?> ForAsync(Guid technicianId, AssessmentMonth month, CancellationToken cancellationToken)
    {
        var start = calendar.Day(month.FirstDay).Start;
        var end = calendar.Day(month.Next().FirstDay).Start;
        var (firstDay, lastDay) = (month.FirstDay, month.LastDay);
        var qualityWindowDays = options.Value.Performance.QualityWindowDays;
        var orders = db.WorkOrders.AsNoTracking();

        var followUps = orders.SelectMany(order => order.FollowUps.Where(followUp =>
            followUp.RecordedAt >= start && followUp.RecordedAt < end
            && order.Assignments
                .Where(assignment => assignment.AssignedAt <= followUp.RecordedAt)
                .OrderByDescending(assignment => assignment.AssignedAt)
                .Select(assignment => assignment.TechnicianId)
                .FirstOrDefault() == technicianId));

        var resolutions = orders.SelectMany(order => order.Resolutions.Where(resolution =>
            resolution.TechnicianId == technicianId && resolution.ResolvedAt >= start && resolution.ResolvedAt < end));

        var settledClocks = orders.SelectMany(order => EF.Property<List<SlaClock>>(order, WorkOrder.ClocksField).Where(clock =>
            TechnicianClocks.Contains(clock.Name)
            && ((clock.State == SlaState.Met && clock.StoppedAt >= start && clock.StoppedAt < end)
                || (clock.State == SlaState.Breached && clock.Deadline >= start && clock.Deadline < end))
            && order.Assignments
                .Where(assignment => assignment.AssignedAt <= (clock.State == SlaState.Met ? clock.StoppedAt : clock.Deadline))
                .OrderByDescending(assignment => assignment.AssignedAt)
                .Select(assignment => assignment.TechnicianId)
                .FirstOrDefault() == technicianId));

        var facts = await db.Technicians.AsNoTracking()
            .Where(technician => technician.Id == technicianId)
            .Select(technician => new
            {
                Discipline = technician.Discipline.Count(record => record.OccurredOn >= firstDay && record.OccurredOn <= lastDay),
                Surveys = followUps.Count(),
                SatisfiedAnswers = followUps.Sum(followUp =>
                    (followUp.Survey.Attitude >= Satisfied ? 1 : 0)
                    + (followUp.Survey.Skill >= Satisfied ? 1 : 0)
                    + (followUp.Survey.Punctuality >= Satisfied ? 1 : 0)
                    + (followUp.Survey.PromiseKeeping >= Satisfied ? 1 : 0)),
                Assigned = orders.Count(order => order.Assignments.Any(assignment =>
                    assignment.TechnicianId == technicianId && assignment.AssignedAt >= start && assignment.AssignedAt < end)),
                Resolved = orders.Count(order => order.Resolutions.Any(resolution =>
                    resolution.TechnicianId == technicianId && resolution.ResolvedAt >= start && resolution.ResolvedAt < end)),
                Resolutions = resolutions.Count(),
                Held = resolutions.Count(resolution => resolution.ReopenedAt == null || resolution.ReopenedAt > resolution.ResolvedAt.AddDays(qualityWindowDays)),
                Settled = settledClocks.Count(),
                Met = settledClocks.Count(clock => clock.State == SlaState.Met),
            })
            .FirstOrDefaultAsync(cancellationToken);

        return facts is null
            ? null
            : new AssessmentFacts(
                new PerformanceCounts(
                    new MetricCount(facts.SatisfiedAnswers, facts.Surveys * AnswersPerSurvey),
                    new MetricCount(facts.Resolved, facts.Assigned),
                    new MetricCount(facts.Met, facts.Settled),
                    new MetricCount(facts.Held, facts.Resolutions)),
                facts.Discipline);
    }
}
