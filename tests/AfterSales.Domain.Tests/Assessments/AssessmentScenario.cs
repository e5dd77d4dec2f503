using AfterSales.Domain.Assessments;
using AfterSales.Domain.Common;
using AfterSales.Domain.Technicians;

namespace AfterSales.Domain.Tests.Assessments;

/// <summary>
/// T-0042's assessment of October 2026 under the default [Assessment] numbers: 10 points per performance
/// metric, 2 per discipline record, due on the 8th of the next month, A from 90 and B from 70, and
/// AS-7's pay table. It is opened on Monday 2 November 2026 in Shanghai; T-0042 is of team East, which
/// T-0001 leads.
/// </summary>
internal sealed class AssessmentScenario
{
    public const string TeamLead = "lead.wang";
    public const string Manager = "manager.amy";

    public static readonly AssessmentMonth October = AssessmentMonth.Of(2026, 10);
    public static readonly DateOnly OpenedOn = new(2026, 11, 2);
    public static readonly Technician Assessed = Hire("T-0042", "East", Position.FieldTechnician);
    public static readonly Technician EastLead = Hire("T-0001", "East", Position.TeamLead);

    /// <summary>East's team lead, as the signed-in user behind the scores.</summary>
    public static readonly Assessor Lead = new(TeamLead, EastLead.Id, TeamReach.Only("East"));

    /// <summary>The manager, who reaches every team and is no technician.</summary>
    public static readonly Assessor ManagerAssessor = new(Manager, null, TeamReach.All);

    public static readonly AssessmentPolicy Policy = new(
        new PerformanceWeights(10, 10, 10, 10),
        disciplinePoints: 2,
        dueDay: 8,
        gradeA: 90,
        gradeB: 70,
        [new PayStep(90, 5), new PayStep(95, 10), new PayStep(100, 15)],
        [new PayStep(1, -5), new PayStep(2, -10), new PayStep(3, -15)]);

    /// <summary>No data for any metric: the full 40 performance points.</summary>
    public static readonly PerformanceCounts NoData = Counts((0, 0), (0, 0), (0, 0), (0, 0));

    public static Guid TechnicianId => Assessed.Id;

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(8)));

    public static PerformanceCounts Counts((int Count, int OutOf) satisfaction, (int Count, int OutOf) resolution, (int Count, int OutOf) timeliness, (int Count, int OutOf) quality) =>
        new(
            new MetricCount(satisfaction.Count, satisfaction.OutOf),
            new MetricCount(resolution.Count, resolution.OutOf),
            new MetricCount(timeliness.Count, timeliness.OutOf),
            new MetricCount(quality.Count, quality.OutOf));

    /// <summary>Team-lead scores adding up to <paramref name="total"/> (0 to 60), filled in rubric order.</summary>
    public static AssessmentScores ScoresTotalling(int total)
    {
        int[] maxima = [AssessmentScores.InitiativeMax, AssessmentScores.CoordinationMax, AssessmentScores.LoyaltyMax, AssessmentScores.PlanningMax, AssessmentScores.ExecutionMax, AssessmentScores.WorkQualityMax];
        var given = new int[maxima.Length];
        for (var i = 0; i < maxima.Length; i++)
        {
            given[i] = Math.Min(maxima[i], total);
            total -= given[i];
        }

        return new AssessmentScores(given[0], given[1], given[2], given[3], given[4], given[5]);
    }

    public static string RuleOf(Action action) => Assert.Throws<BusinessRuleViolationException>(action)!.RuleId;

    public MonthlyAssessment Draft(PerformanceCounts? performance = null, int disciplineRecords = 0) =>
        MonthlyAssessment.Create(Assessed, October, performance ?? NoData, disciplineRecords, Policy, OpenedOn, TeamLead, Lead.Reach, Clock);

    public MonthlyAssessment Scored(int scoreTotal = 50, PerformanceCounts? performance = null, int disciplineRecords = 0)
    {
        var assessment = Draft(performance, disciplineRecords);
        assessment.Score(ScoresTotalling(scoreTotal), Lead, Policy, Clock);
        return assessment;
    }

    public MonthlyAssessment Submitted(int scoreTotal = 50)
    {
        var assessment = Scored(scoreTotal);
        assessment.Submit(Lead, OpenedOn, Clock);
        return assessment;
    }

    public MonthlyAssessment Approved(int scoreTotal = 50)
    {
        var assessment = Submitted(scoreTotal);
        assessment.Approve(Manager, Clock);
        return assessment;
    }

    private static Technician Hire(string employeeNumber, string team, Position position) =>
        Technician.Hire(employeeNumber, "Zhang Wei", "13800000042", team, position, 3, new DateOnly(2020, 3, 1), null, new TestClock(new DateTimeOffset(2020, 3, 1, 9, 0, 0, TimeSpan.FromHours(8))));
}
