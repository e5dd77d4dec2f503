using System.Diagnostics;
using System.Net;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using Npgsql;

namespace AfterSales.Api.Tests.Assessments;

/// <summary>
/// AS-8 at the size HR pulls it: 500 technicians × 12 approved months of 2025, inserted in two SQL statements.
/// Technician H-n is graded A all year when n is a multiple of 3, C for January to June and B after when n
/// leaves 1, and B all year otherwise (A totals 95, B 80, C 60).
/// </summary>
public sealed class GradeReportRoundTripTests : ApiTest
{
    private const int Technicians = 500;

    private const string SeedSql = """
        INSERT INTO aftersales.technicians (id, employee_number, name, phone, team, position, pay_level, hire_date, status, updated_at)
        SELECT gen_random_uuid(), 'H-' || lpad(n::text, 4, '0'), '技术员' || n, '1380000' || lpad(n::text, 4, '0'), 'Team ' || (n % 10),
               'FieldTechnician', 1, DATE '2020-01-01', 'Active', now()
        FROM generate_series(1, 500) AS n;

        WITH graded AS (
            SELECT t.id AS technician_id, t.team, make_date(2025, m, 1) AS month,
                   CASE WHEN n % 3 = 0 THEN 'A' WHEN n % 3 = 1 AND m <= 6 THEN 'C' ELSE 'B' END AS grade
            FROM (SELECT id, team, substr(employee_number, 3)::int AS n FROM aftersales.technicians) AS t
            CROSS JOIN generate_series(1, 12) AS m)
        INSERT INTO aftersales.monthly_assessments (
            id, technician_id, team, month, status,
            scores_initiative, scores_coordination, scores_loyalty, scores_planning, scores_execution, scores_work_quality,
            performance_satisfaction_count, performance_satisfaction_out_of, performance_satisfaction_weight,
            performance_resolution_count, performance_resolution_out_of, performance_resolution_weight,
            performance_timeliness_count, performance_timeliness_out_of, performance_timeliness_weight,
            performance_quality_count, performance_quality_out_of, performance_quality_weight, performance_computed_at,
            discipline_records, discipline_deduction, complaint_deduction, total, grade,
            pay_adjustment_satisfaction_percent, pay_adjustment_complaint_percent, due_on, submitted_late,
            created_by, created_at, scored_by, scored_at, submitted_by, submitted_at, approved_by, approved_at, updated_at)
        SELECT gen_random_uuid(), technician_id, team, month, 'Approved',
               CASE grade WHEN 'A' THEN 15 WHEN 'B' THEN 10 ELSE 5 END, CASE grade WHEN 'A' THEN 10 WHEN 'B' THEN 8 ELSE 4 END,
               CASE grade WHEN 'A' THEN 15 WHEN 'B' THEN 10 ELSE 5 END, CASE grade WHEN 'A' THEN 5 WHEN 'B' THEN 4 ELSE 2 END,
               CASE grade WHEN 'A' THEN 5 WHEN 'B' THEN 4 ELSE 2 END, CASE grade WHEN 'A' THEN 5 WHEN 'B' THEN 4 ELSE 2 END,
               0, 0, 10, 0, 0, 10, 0, 0, 10, 0, 0, 10, now(),
               0, 0, 0, CASE grade WHEN 'A' THEN 95 WHEN 'B' THEN 80 ELSE 60 END, grade,
               0, 0, (month + INTERVAL '1 month 7 days')::date, false,
               'seed', now(), 'seed', now(), 'seed', now(), 'seed', now(), now()
        FROM graded;
        """;

    [SetUp]
    public async Task SeedAYearOfFiveHundredTechniciansAsync()
    {
        var seeding = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(ApiFactory.ConnectionString);
        await connection.OpenAsync();
        await using var seed = new NpgsqlCommand(SeedSql, connection);
        await seed.ExecuteNonQueryAsync();
        TestContext.Out.WriteLine($"Seeded {Technicians} × 12 assessments in {seeding.ElapsedMilliseconds} ms.");
    }

    [Test]
    public async Task AS8_the_year_report_for_500_technicians_takes_at_most_two_round_trips()
    {
        var hr = await As(Roles.HR);
        Factory.DatabaseCommands.Reset();

        var report = await (await hr.GetAsync("/api/v1/reports/grades?year=2025")).ShouldBe(HttpStatusCode.OK);

        var commands = Factory.DatabaseCommands.Count;
        var rows = report["rows"]!.AsArray();
        var flags = rows.SelectMany(row => row!["flags"]!.AsArray().Select(flag => flag!.GetValue<string>())).ToList();
        var third = rows.Single(row => row!["employeeNumber"]!.GetValue<string>() == "H-0003")!;
        var first = rows.Single(row => row!["employeeNumber"]!.GetValue<string>() == "H-0001")!;
        Assert.Multiple(() =>
        {
            Assert.That(commands, Is.LessThanOrEqualTo(2), "SQL commands sent for the report");
            Assert.That(rows, Has.Count.EqualTo(Technicians));
            Assert.That(flags.Count(flag => flag == "PromotionCandidate"), Is.EqualTo(166));
            Assert.That(flags.Count(flag => flag == "DemotionReview"), Is.EqualTo(167));
            Assert.That((third["gradeCounts"]!["a"]!.GetValue<int>(), third["averageTotal"]!.GetValue<decimal>()), Is.EqualTo((12, 95m)));
            Assert.That((first["gradeCounts"]!["b"]!.GetValue<int>(), first["gradeCounts"]!["c"]!.GetValue<int>(), first["averageTotal"]!.GetValue<decimal>()), Is.EqualTo((6, 6, 70m)));
            Assert.That(first["name"]!.GetValue<string>(), Is.EqualTo("技术员1"));
        });
    }

    [Test]
    public async Task AS8_the_month_report_for_500_technicians_takes_one_round_trip()
    {
        var hr = await As(Roles.HR);
        Factory.DatabaseCommands.Reset();

        var report = await (await hr.GetAsync("/api/v1/reports/grades?month=2025-06")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(Factory.DatabaseCommands.Count, Is.EqualTo(1), "SQL commands sent for the report");
            Assert.That(report["rows"]!.AsArray(), Has.Count.EqualTo(Technicians));
        });
    }
}
