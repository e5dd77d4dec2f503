using AfterSales.Domain.Assessments;
using AfterSales.Domain.Common;
using static AfterSales.Domain.Tests.Assessments.AssessmentScenario;

namespace AfterSales.Domain.Tests.Assessments;

public sealed class AssessmentCalculationTests
{
    private AssessmentScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new AssessmentScenario();

    [Test]
    public void AS1_each_metric_is_scaled_to_its_weight_and_rounded_half_away_from_zero()
    {
        // 30/32 → 9.375 → 9; 3/4 → 7.5 → 8; 2/3 → 6.67 → 7; 1/8 → 1.25 → 1.
        var assessment = given.Draft(Counts((30, 32), (3, 4), (2, 3), (1, 8)));

        var performance = assessment.Performance;
        Assert.Multiple(() =>
        {
            Assert.That(Scores(performance), Is.EqualTo(new[] { 9, 8, 7, 1 }));
            Assert.That(performance.Total, Is.EqualTo(25));
            Assert.That((performance.Satisfaction.Count, performance.Satisfaction.OutOf, performance.Satisfaction.Weight), Is.EqualTo((30, 32, 10)));
            Assert.That(performance.Satisfaction.Rate, Is.EqualTo(0.9375m));
            Assert.That(performance.Resolution.Rate, Is.EqualTo(0.75m));
            Assert.That(performance.ComputedAt, Is.EqualTo(given.Clock.Now));
            Assert.That(new[] { performance.Satisfaction, performance.Resolution, performance.Timeliness, performance.Quality }.Any(metric => metric.NoData), Is.False);
        });
    }

    [Test]
    public void AS1_a_metric_without_data_scores_full_and_says_so()
    {
        var assessment = given.Draft(Counts((0, 0), (1, 2), (0, 0), (0, 0)));

        var performance = assessment.Performance;
        Assert.Multiple(() =>
        {
            Assert.That(Scores(performance), Is.EqualTo(new[] { 10, 5, 10, 10 }));
            Assert.That(performance.Satisfaction.NoData, Is.True);
            Assert.That(performance.Satisfaction.Rate, Is.Null);
            Assert.That(performance.Resolution.NoData, Is.False);
            Assert.That(performance.Total, Is.EqualTo(35));
        });
    }

    [Test]
    public void AS1_more_orders_resolved_than_assigned_is_a_full_resolution_rate()
    {
        var assessment = given.Draft(Counts((0, 0), (5, 3), (0, 0), (0, 0)));

        Assert.Multiple(() =>
        {
            Assert.That(assessment.Performance.Resolution.Score, Is.EqualTo(10));
            Assert.That(assessment.Performance.Resolution.Rate, Is.EqualTo(1m));
            Assert.That(assessment.Performance.Resolution.Count, Is.EqualTo(5), "the figure itself is shown as counted");
        });
    }

    [Test]
    public void AS1_each_discipline_record_of_the_month_deducts_two_points()
    {
        var assessment = given.Scored(scoreTotal: 50, disciplineRecords: 3);

        Assert.Multiple(() =>
        {
            Assert.That(assessment.DisciplineRecords, Is.EqualTo(3));
            Assert.That(assessment.DisciplineDeduction, Is.EqualTo(6));
            Assert.That(assessment.Total, Is.EqualTo(84));
        });
    }

    [Test]
    public void AS1_total_is_attitude_plus_ability_plus_performance_less_deductions()
    {
        var assessment = given.Draft(Counts((30, 32), (3, 4), (2, 3), (1, 8)), disciplineRecords: 2);
        var scores = new AssessmentScores(12, 8, 13, 4, 4, 8);

        assessment.Score(scores, Lead, Policy, given.Clock);
        assessment.RecordVerifiedComplaint(Guid.NewGuid(), "CP-2026-000003", 15, Policy, TeamLead, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That((scores.Attitude, scores.Ability), Is.EqualTo((33, 16)));

            // 33 + 16 + 25 − 15 − 4
            Assert.That(assessment.Total, Is.EqualTo(55));
            Assert.That(assessment.Grade, Is.EqualTo(Grade.C));
        });
    }

    [TestCase(AssessmentScores.InitiativeMax + 1, 0, 0, 0, 0, 0)]
    [TestCase(0, AssessmentScores.CoordinationMax + 1, 0, 0, 0, 0)]
    [TestCase(0, 0, AssessmentScores.LoyaltyMax + 1, 0, 0, 0)]
    [TestCase(0, 0, 0, AssessmentScores.PlanningMax + 1, 0, 0)]
    [TestCase(0, 0, 0, 0, AssessmentScores.ExecutionMax + 1, 0)]
    [TestCase(0, 0, 0, 0, 0, AssessmentScores.WorkQualityMax + 1)]
    [TestCase(-1, 0, 0, 0, 0, 0)]
    public void AS1_scores_outside_the_rubric_are_refused(int initiative, int coordination, int loyalty, int planning, int execution, int workQuality)
    {
        Assert.Throws<InvalidInputException>(() => _ = new AssessmentScores(initiative, coordination, loyalty, planning, execution, workQuality));
    }

    [Test]
    public void AS1_the_rubric_maxima_add_up_to_sixty()
    {
        var full = new AssessmentScores(15, 10, 15, 5, 5, 10);

        Assert.That((full.Attitude, full.Ability, full.Total), Is.EqualTo((40, 20, 60)));
    }

    [TestCase(50, Grade.A, 90)]
    [TestCase(49, Grade.B, 89)]
    [TestCase(30, Grade.B, 70)]
    [TestCase(29, Grade.C, 69)]
    public void AS2_grades_at_the_thresholds(int scoreTotal, Grade grade, int total)
    {
        // No performance data: 40 points, so the total is the scores plus 40.
        var assessment = given.Scored(scoreTotal);

        Assert.That((assessment.Total, assessment.Grade), Is.EqualTo((total, grade)));
    }

    [Test]
    public void AS2_the_total_is_floored_at_zero()
    {
        var assessment = given.Scored(scoreTotal: 0, Counts((0, 4), (0, 2), (0, 3), (0, 1)), disciplineRecords: 3);
        assessment.RecordVerifiedComplaint(Guid.NewGuid(), "CP-2026-000003", 15, Policy, TeamLead, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(assessment.Performance.Total, Is.Zero);
            Assert.That((assessment.ComplaintDeduction, assessment.DisciplineDeduction), Is.EqualTo((15, 6)));
            Assert.That(assessment.Total, Is.Zero);
            Assert.That(assessment.Grade, Is.EqualTo(Grade.C));
        });
    }

    [TestCase(89, 100, 0)]
    [TestCase(9, 10, 5)]
    [TestCase(94, 100, 5)]
    [TestCase(19, 20, 10)]
    [TestCase(99, 100, 10)]
    [TestCase(32, 32, 15)]
    public void AS7_satisfaction_steps_at_their_boundaries(int satisfied, int answers, int percent)
    {
        var assessment = given.Draft(Counts((satisfied, answers), (0, 0), (0, 0), (0, 0)));

        Assert.Multiple(() =>
        {
            Assert.That(assessment.PayAdjustment.SatisfactionPercent, Is.EqualTo(percent));
            Assert.That(assessment.PayAdjustment.Percent, Is.EqualTo(percent));
        });
    }

    [Test]
    public void AS7_a_month_without_surveys_earns_no_satisfaction_step()
    {
        var assessment = given.Draft(NoData);

        Assert.Multiple(() =>
        {
            Assert.That(assessment.Performance.Satisfaction.Score, Is.EqualTo(10), "full points (AS-1)");
            Assert.That(assessment.PayAdjustment.Percent, Is.Zero, "but no measured satisfaction to pay for (AS-7)");
        });
    }

    [TestCase(1, -5)]
    [TestCase(2, -10)]
    [TestCase(3, -15)]
    [TestCase(4, -15)]
    public void AS7_verified_complaints_of_the_month_reduce_the_recommendation(int complaints, int percent)
    {
        var assessment = given.Scored();
        for (var i = 1; i <= complaints; i++)
        {
            assessment.RecordVerifiedComplaint(Guid.NewGuid(), $"CP-2026-00000{i}", 15, Policy, TeamLead, given.Clock);
        }

        Assert.That((assessment.ComplaintCount, assessment.PayAdjustment.ComplaintPercent, assessment.PayAdjustment.Percent), Is.EqualTo((complaints, percent, percent)));
    }

    [Test]
    public void AS7_the_two_parts_are_added()
    {
        var assessment = given.Draft(Counts((40, 40), (0, 0), (0, 0), (0, 0)));

        assessment.RecordVerifiedComplaint(Guid.NewGuid(), "CP-2026-000003", 15, Policy, TeamLead, given.Clock);

        Assert.That(assessment.PayAdjustment, Is.EqualTo(new PayAdjustment(15, -5)));
        Assert.That(assessment.PayAdjustment.Percent, Is.EqualTo(10));
    }

    private static int[] Scores(Performance performance) =>
        [performance.Satisfaction.Score, performance.Resolution.Score, performance.Timeliness.Score, performance.Quality.Score];
}
