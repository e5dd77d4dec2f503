using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Assessments.Complaints;
using AfterSales.Application.Security;
using AfterSales.Domain.Assessments;
using AfterSales.Domain.Technicians;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace AfterSales.Api.Tests.Assessments;

/// <summary>
/// AS-8. October 2026: T-0042 Zhang Wei (East) approved at 90, then a complaint verified on 20 October takes
/// 15 points through an amendment (75, B, −5 %); T-0043 王小明 (East) approved at 70 less one discipline record
/// (68, C); T-0051 (West) only scored, so pending. The year 2025 is seeded through the domain.
/// </summary>
public sealed class GradeReportTests : AssessmentTest
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Guid wang;
    private Guid west;

    [SetUp]
    public async Task HireTheTeamsAsync()
    {
        var admin = await As(Roles.Admin);
        var hired = await admin.PostAsJsonAsync("/api/v1/technicians", new
        {
            employeeNumber = "T-0043",
            name = "王小明",
            phone = "13800000043",
            team = "East",
            position = "Installer",
            payLevel = 2,
            hireDate = "2021-05-01",
        });
        wang = (await hired.ShouldBe(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        west = (await HireTechnician("T-0051", "West"))["id"]!.GetValue<Guid>();
    }

    [Test]
    public async Task AS8_the_month_report_lists_approved_assessments_with_scores_total_grade_deductions_and_pay()
    {
        await GradeOctober();

        var report = await Json("/api/v1/reports/grades?month=2026-10");

        var rows = report["rows"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(report["month"]!.GetValue<string>(), Is.EqualTo("2026-10"));
            Assert.That(rows.Select(row => row!["employeeNumber"]!.GetValue<string>()), Is.EqualTo(new[] { "T-0042", "T-0043" }));

            var zhang = rows[0]!;
            Assert.That(zhang["technicianId"]!.GetValue<Guid>(), Is.EqualTo(TechnicianId));
            Assert.That((zhang["name"]!.GetValue<string>(), zhang["team"]!.GetValue<string>()), Is.EqualTo(("Zhang Wei", "East")));
            Assert.That(Number(zhang, "scores.total"), Is.EqualTo(50));
            Assert.That((Number(zhang, "performance"), Number(zhang, "complaintDeduction"), Number(zhang, "disciplineDeduction"), Number(zhang, "deductions")), Is.EqualTo((40, 15, 0, 15)));
            Assert.That((Number(zhang, "total"), zhang["grade"]!.GetValue<string>(), Number(zhang, "payAdjustmentPercent")), Is.EqualTo((75, "B", -5)));

            var wangRow = rows[1]!;
            Assert.That(wangRow["name"]!.GetValue<string>(), Is.EqualTo("王小明"));
            Assert.That((Number(wangRow, "deductions"), Number(wangRow, "total"), wangRow["grade"]!.GetValue<string>(), Number(wangRow, "payAdjustmentPercent")), Is.EqualTo((2, 68, "C", 0)));

            var pending = report["pending"]!.AsArray().Single()!;
            Assert.That((pending["technicianId"]!.GetValue<Guid>(), pending["status"]!.GetValue<string>()), Is.EqualTo((west, "Scored")));
        });
    }

    [Test]
    public async Task AS8_the_month_report_as_csv_is_utf8_with_a_byte_order_mark_and_reads_back()
    {
        await GradeOctober();
        var hr = await As(Roles.HR);
        hr.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await hr.GetAsync("/api/v1/reports/grades?month=2026-10");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType!.ToString(), Is.EqualTo("text/csv; charset=utf-8"));
            Assert.That(response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, Is.EqualTo("grades-2026-10.csv"));
            Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(lines[0], Is.EqualTo("EmployeeNumber,Name,Team,Initiative,Coordination,Loyalty,Planning,Execution,WorkQuality,Performance,ComplaintDeduction,DisciplineDeduction,Deductions,Total,Grade,PayAdjustmentPercent,SubmittedLate"));
            Assert.That(lines[1..], Is.EqualTo(new[]
            {
                "T-0042,Zhang Wei,East,15,10,15,5,5,0,40,15,0,15,75,B,-5,yes",
                "T-0043,王小明,East,15,10,5,0,0,0,40,0,2,2,68,C,0,yes",
            }));
        });
    }

    [Test]
    public async Task AS8_the_month_report_as_xlsx_reads_back_with_miniexcel()
    {
        await GradeOctober();

        var rows = await Spreadsheet("/api/v1/reports/grades?month=2026-10", Roles.Manager);

        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That(rows[1]["Name"], Is.EqualTo("王小明"));
            Assert.That(Convert.ToInt32(rows[1]["Total"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(68));
            Assert.That(rows[1]["Grade"], Is.EqualTo("C"));
            Assert.That(Convert.ToInt32(rows[0]["PayAdjustmentPercent"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(-5));
            Assert.That(Convert.ToInt32(rows[0]["ComplaintDeduction"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(15));
        });
    }

    [Test]
    public async Task AS5_AS8_the_year_report_counts_grades_averages_totals_and_flags()
    {
        await SeedApprovedYear(TechnicianId, 2025, "AAAAAAABBBBC");
        await SeedApprovedYear(wang, 2025, "CCCCCCBBBBAA");
        await SeedApprovedYear(west, 2025, "AAAAAABBBBBB");
        await SeedApprovedMonths(TechnicianId, "CC", AssessmentMonth.Of(2024, 12), AssessmentMonth.Of(2026, 1));

        var report = await Json("/api/v1/reports/grades?year=2025");

        var rows = report["rows"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(report["year"]!.GetValue<int>(), Is.EqualTo(2025));
            Assert.That(rows.Select(row => row!["employeeNumber"]!.GetValue<string>()), Is.EqualTo(new[] { "T-0042", "T-0043", "T-0051" }));
            Assert.That(Summary(rows[0]!), Is.EqualTo((7, 4, 1, 12, 87.08m, "PromotionCandidate")));
            Assert.That(Summary(rows[1]!), Is.EqualTo((2, 4, 6, 12, 72.50m, "DemotionReview")));
            Assert.That(Summary(rows[2]!), Is.EqualTo((6, 6, 0, 12, 87.50m, string.Empty)));
            Assert.That(rows[1]!["name"]!.GetValue<string>(), Is.EqualTo("王小明"));
        });
    }

    [Test]
    public async Task AS8_the_year_report_counts_approved_assessments_only()
    {
        await SeedApprovedYear(TechnicianId, 2025, "AAAAAAAA");
        await Create(wang, "2025-03");

        var report = await Json("/api/v1/reports/grades?year=2025");

        Assert.Multiple(() =>
        {
            Assert.That(report["rows"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(Summary(report["rows"]![0]!), Is.EqualTo((8, 0, 0, 8, 95.00m, "PromotionCandidate")));
        });
    }

    [Test]
    public async Task AS8_the_year_report_as_csv_and_xlsx()
    {
        await SeedApprovedYear(TechnicianId, 2025, "AAAAAAABBBBC");
        await SeedApprovedYear(wang, 2025, "CCCCCCBBBBAA");

        var csv = await (await As(Roles.HR)).GetAsync("/api/v1/reports/grades?year=2025&format=csv");
        var lines = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var sheet = await Spreadsheet("/api/v1/reports/grades?year=2025", Roles.HR);

        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.EqualTo(new[]
            {
                "EmployeeNumber,Name,Team,A,B,C,Months,AverageTotal,Flags",
                "T-0042,Zhang Wei,East,7,4,1,12,87.08,PromotionCandidate",
                "T-0043,王小明,East,2,4,6,12,72.50,DemotionReview",
            }));
            Assert.That(sheet.Select(row => row["Name"]), Is.EqualTo(new[] { "Zhang Wei", "王小明" }));
            Assert.That(Convert.ToDecimal(sheet[1]["AverageTotal"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(72.5m));
            Assert.That(sheet[1]["Flags"], Is.EqualTo("DemotionReview"));
            Assert.That(Convert.ToInt32(sheet[0]["A"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(7));
        });
    }

    [Test]
    public async Task AS8_an_empty_report_still_has_its_columns()
    {
        var csv = await (await As(Roles.HR)).GetAsync("/api/v1/reports/grades?year=2024&format=csv");
        var xlsx = await (await As(Roles.HR)).GetAsync("/api/v1/reports/grades?month=2024-01&format=xlsx");

        var csvText = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var firstRow = ((IDictionary<string, object>)MiniExcel.Query(stream).Single()).Values;

        Assert.Multiple(() =>
        {
            Assert.That(csvText, Is.EqualTo("EmployeeNumber,Name,Team,A,B,C,Months,AverageTotal,Flags\r\n"));
            Assert.That(firstRow.First(), Is.EqualTo("EmployeeNumber"));
            Assert.That(firstRow, Has.Count.EqualTo(17));
        });
    }

    [TestCase(Roles.HR, HttpStatusCode.OK)]
    [TestCase(Roles.Manager, HttpStatusCode.OK)]
    [TestCase(Roles.TeamLead, HttpStatusCode.Forbidden)]
    [TestCase(Roles.Technician, HttpStatusCode.Forbidden)]
    [TestCase(Roles.Finance, HttpStatusCode.Forbidden)]
    [TestCase(Roles.Admin, HttpStatusCode.Forbidden)]
    public async Task AS8_grade_reports_are_for_hr_and_the_manager(string role, HttpStatusCode expected)
    {
        var response = await (await As(role)).GetAsync("/api/v1/reports/grades?year=2025");

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [TestCase("application/json", null, "application/json")]
    [TestCase("*/*", null, "application/json")]
    [TestCase("text/csv", null, "text/csv")]
    [TestCase(Xlsx, null, Xlsx)]
    [TestCase("application/pdf, text/csv;q=0.5", null, "text/csv")]
    [TestCase("application/json", "xlsx", Xlsx)]
    [TestCase("text/csv", "json", "application/json")]
    public async Task AS8_the_format_follows_accept_or_the_format_parameter(string accept, string? format, string mediaType)
    {
        var client = await As(Roles.HR);
        client.DefaultRequestHeaders.Accept.ParseAdd(accept);

        var response = await client.GetAsync($"/api/v1/reports/grades?year=2025{(format is null ? string.Empty : "&format=" + format)}");

        Assert.That((response.StatusCode, response.Content.Headers.ContentType!.MediaType), Is.EqualTo((HttpStatusCode.OK, mediaType)));
    }

    [Test]
    public async Task AS8_a_format_nobody_serves_is_406()
    {
        var client = await As(Roles.HR);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/pdf");

        await (await client.GetAsync("/api/v1/reports/grades?year=2025")).ShouldBeProblem(HttpStatusCode.NotAcceptable);
    }

    [TestCase("")]
    [TestCase("?month=2026-10&year=2026")]
    [TestCase("?month=2026-13")]
    [TestCase("?year=0")]
    [TestCase("?year=2026&format=pdf")]
    public async Task AS8_give_a_month_or_a_year_and_a_known_format(string query)
    {
        var response = await (await As(Roles.HR)).GetAsync($"/api/v1/reports/grades{query}");

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    private static (int A, int B, int C, int Months, decimal AverageTotal, string Flags) Summary(JsonNode row) =>
        (
            Number(row, "gradeCounts.a"),
            Number(row, "gradeCounts.b"),
            Number(row, "gradeCounts.c"),
            Number(row, "months"),
            row["averageTotal"]!.GetValue<decimal>(),
            string.Join(',', row["flags"]!.AsArray().Select(flag => flag!.GetValue<string>())));

    /// <summary>Approved assessments for the months of <paramref name="year"/> from January on, one grade letter each: A totals 95, B 80, C 60.</summary>
    private static Task SeedApprovedYear(Guid technicianId, int year, string grades) =>
        SeedApprovedMonths(technicianId, grades, [.. Enumerable.Range(1, grades.Length).Select(month => AssessmentMonth.Of(year, month))]);

    /// <summary>Through the domain, as the workflow would leave them, in one save; performance without data is 40 points.</summary>
    private static async Task SeedApprovedMonths(Guid technicianId, string grades, params AssessmentMonth[] months)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AfterSalesDbContext>();
        var policy = scope.ServiceProvider.GetRequiredService<AssessmentPolicy>();
        var today = new DateOnly(2026, 11, 16);
        var noData = new PerformanceCounts(new MetricCount(0, 0), new MetricCount(0, 0), new MetricCount(0, 0), new MetricCount(0, 0));
        var technician = await db.Technicians.SingleAsync(candidate => candidate.Id == technicianId);
        var manager = new Assessor("manager.seed", null, TeamReach.All);
        foreach (var (month, grade) in months.Zip(grades))
        {
            var assessment = MonthlyAssessment.Create(technician, month, noData, 0, policy, today, "seed", manager.Reach, Factory.Clock);
            var scores = grade switch
            {
                'A' => new AssessmentScores(15, 10, 15, 5, 5, 5),
                'B' => new AssessmentScores(10, 8, 10, 4, 4, 4),
                _ => new AssessmentScores(5, 4, 5, 2, 2, 2),
            };
            assessment.Score(scores, manager, policy, Factory.Clock);
            assessment.Submit(manager, today, Factory.Clock);
            assessment.Approve("manager.seed", Factory.Clock);
            db.MonthlyAssessments.Add(assessment);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>October 2026 as the class summary describes it, through the API (and the complaint seam for the complaint).</summary>
    private async Task GradeOctober()
    {
        await Approved(TechnicianId, "2026-10", scoreTotal: 50);
        var manager = await As(Roles.Manager);
        await (await manager.PostAsJsonAsync($"/api/v1/technicians/{wang}/discipline", new { kind = "EarlyLeave", occurredOn = "2026-10-09", note = "Left at 16:00" })).ShouldBe(HttpStatusCode.OK);
        await Approved(wang, "2026-10", scoreTotal: 30);
        var westLead = await AsLeadOf("West");
        var westsAssessment = await (await westLead.PostAsJsonAsync("/api/v1/assessments", new { technicianId = west, month = "2026-10" })).ShouldBe(HttpStatusCode.Created);
        await (await TryAssess(westsAssessment, "scores", ScoresTotalling(40), westLead)).ShouldBe(HttpStatusCode.OK);

        using var scope = Factory.Services.CreateScope();
        var complaints = scope.ServiceProvider.GetRequiredService<ComplaintDeductions>();
        await complaints.ApplyVerifiedAsync(TechnicianId, new DateTimeOffset(2026, 10, 20, 10, 0, 0, TimeSpan.FromHours(8)), Guid.NewGuid(), "CP-2026-000003", CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<AfterSalesDbContext>().SaveChangesAsync();
    }

    private async Task<JsonNode> Json(string path, string role = Roles.HR) =>
        await (await (await As(role)).GetAsync(path)).ShouldBe(HttpStatusCode.OK);

    private async Task<List<IDictionary<string, object>>> Spreadsheet(string path, string role)
    {
        var client = await As(role);
        client.DefaultRequestHeaders.Accept.ParseAdd(Xlsx);
        var response = await client.GetAsync(path);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo(Xlsx));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>()];
    }
}
