using System.Net;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Api.Tests.WorkOrders;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Reports;

/// <summary>
/// Team East: T-0042 (the base class's technician) and T-0043; team West: T-0051. Orders A and B are
/// East's, C is West's. Times are Shanghai's unless they say Z.
/// </summary>
public sealed class DailyReportTests : WorkOrderTest
{
    private Guid eastSecond;
    private Guid west;
    private JsonNode orderA = null!;
    private JsonNode orderB = null!;
    private JsonNode orderC = null!;

    [SetUp]
    public async Task RecordTwoDaysOfWorkAsync()
    {
        eastSecond = (await HireTechnician("T-0043", "East"))["id"]!.GetValue<Guid>();
        west = (await HireTechnician("T-0051", "West"))["id"]!.GetValue<Guid>();
        orderA = await Assigned(TechnicianId);
        orderB = await Assigned(eastSecond);
        orderC = await Assigned(west);

        // Tuesday 17 November, 10:00: both days are over.
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 10));

        // Sunday 15 November.
        await Work(orderA, TechnicianId, "2026-11-15T14:00:00+08:00", 120, "Paid");
        await Work(orderC, west, "2026-11-15T23:50:00+08:00", 60, "Contract");

        // Monday 16 November; 23:30 UTC on the 15th is 07:30 on the 16th in Shanghai.
        await Work(orderA, TechnicianId, "2026-11-15T23:30:00Z", 90, "Paid");
        await Work(orderA, TechnicianId, "2026-11-16T13:00:00+08:00", 30, "Admin");
        await Work(orderB, TechnicianId, "2026-11-16T15:00:00+08:00", 45, "Contract");
        await Work(orderA, eastSecond, "2026-11-16T10:00:00+08:00", 60, "Free");
        await Work(orderA, eastSecond, "2026-11-16T16:00:00+08:00", 15, "Paid");
        await Work(orderC, west, "2026-11-16T09:00:00+08:00", 50, "Paid");

        // Tuesday 17 November at 00:00 in Shanghai, still the 16th in UTC.
        await Work(orderC, west, "2026-11-16T16:00:00Z", 40, "Paid");
    }

    [Test]
    public async Task WO14_minutes_by_kind_and_orders_worked_per_technician_on_the_shanghai_day()
    {
        var report = await Report("date=2026-11-16");

        Assert.Multiple(() =>
        {
            Assert.That(report["date"]!.GetValue<string>(), Is.EqualTo("2026-11-16"));
            Assert.That(EmployeeNumbers(report), Is.EqualTo(new[] { "T-0042", "T-0043", "T-0051" }));

            var first = Line(report, "T-0042");
            Assert.That(first["technicianId"]!.GetValue<Guid>(), Is.EqualTo(TechnicianId));
            Assert.That(first["name"]!.GetValue<string>(), Is.EqualTo("Zhang Wei"));
            Assert.That(first["team"]!.GetValue<string>(), Is.EqualTo("East"));
            Assert.That(Orders(first), Is.EquivalentTo(new[] { Number(orderA), Number(orderB) }));
            Assert.That(first["orders"]!.AsArray().Select(o => o!["id"]!.GetValue<Guid>()), Is.EquivalentTo(new[] { Id(orderA), Id(orderB) }));
            Assert.That(Minutes(first), Is.EqualTo(new[] { 90, 45, 0, 30, 165 }));

            var second = Line(report, "T-0043");
            Assert.That(Orders(second), Is.EqualTo(new[] { Number(orderA) }));
            Assert.That(Minutes(second), Is.EqualTo(new[] { 15, 0, 60, 0, 75 }));

            var third = Line(report, "T-0051");
            Assert.That(third["team"]!.GetValue<string>(), Is.EqualTo("West"));
            Assert.That(Orders(third), Is.EqualTo(new[] { Number(orderC) }));
            Assert.That(Minutes(third), Is.EqualTo(new[] { 50, 0, 0, 0, 50 }));
        });
    }

    [Test]
    public async Task WO14_a_team_sums_its_minutes_and_counts_an_order_worked_by_two_of_it_once()
    {
        var report = await Report("date=2026-11-16");

        Assert.Multiple(() =>
        {
            Assert.That(report["teams"]!.AsArray().Select(t => t!["team"]!.GetValue<string>()), Is.EqualTo(new[] { "East", "West" }));
            var east = Team(report, "East");
            Assert.That(east["orderCount"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(east["technicianCount"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(Minutes(east), Is.EqualTo(new[] { 105, 45, 60, 30, 240 }));
            var west = Team(report, "West");
            Assert.That(west["orderCount"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(Minutes(west), Is.EqualTo(new[] { 50, 0, 0, 0, 50 }));
        });
    }

    [Test]
    public async Task WO14_the_day_before_holds_only_its_own_entries_and_omits_technicians_who_did_not_work()
    {
        var report = await Report("date=2026-11-15");

        Assert.Multiple(() =>
        {
            Assert.That(EmployeeNumbers(report), Is.EqualTo(new[] { "T-0042", "T-0051" }));
            Assert.That(Minutes(Line(report, "T-0042")), Is.EqualTo(new[] { 120, 0, 0, 0, 120 }));
            Assert.That(Minutes(Line(report, "T-0051")), Is.EqualTo(new[] { 0, 60, 0, 0, 60 }));
            Assert.That(Team(report, "East")["orderCount"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task WO14_a_day_without_time_entries_is_an_empty_report()
    {
        var report = await Report("date=2026-11-14");

        Assert.Multiple(() =>
        {
            Assert.That(report["technicians"]!.AsArray(), Is.Empty);
            Assert.That(report["teams"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task WO14_filtered_by_technician_the_team_line_is_that_technician_alone()
    {
        var report = await Report($"date=2026-11-16&technicianId={eastSecond}");

        Assert.Multiple(() =>
        {
            Assert.That(EmployeeNumbers(report), Is.EqualTo(new[] { "T-0043" }));
            var east = Team(report, "East");
            Assert.That(report["teams"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(east["orderCount"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(Minutes(east), Is.EqualTo(new[] { 15, 0, 60, 0, 75 }));
        });
    }

    [Test]
    public async Task WO14_filtered_by_team_only_that_team_is_reported()
    {
        var report = await Report("date=2026-11-16&team=West", Roles.Admin);

        Assert.Multiple(() =>
        {
            Assert.That(EmployeeNumbers(report), Is.EqualTo(new[] { "T-0051" }));
            Assert.That(report["teams"]!.AsArray().Select(t => t!["team"]!.GetValue<string>()), Is.EqualTo(new[] { "West" }));
        });
    }

    [Test]
    public async Task X4_a_team_leads_daily_report_is_of_their_own_team()
    {
        var eastLead = await AsLeadOf("East");

        var own = await Report(eastLead, "date=2026-11-16");
        var westAsked = await Report(eastLead, "date=2026-11-16&team=West");
        var westTechnicianAsked = await Report(eastLead, $"date=2026-11-16&technicianId={west}");
        var leadOfNoTeam = await Report(await As(Roles.TeamLead), "date=2026-11-16");

        Assert.Multiple(() =>
        {
            Assert.That(EmployeeNumbers(own), Is.EqualTo(new[] { "T-0042", "T-0043" }));
            Assert.That(own["teams"]!.AsArray().Select(t => t!["team"]!.GetValue<string>()), Is.EqualTo(new[] { "East" }));
            Assert.That(EmployeeNumbers(westAsked), Is.Empty);
            Assert.That(EmployeeNumbers(westTechnicianAsked), Is.Empty);
            Assert.That(leadOfNoTeam["technicians"]!.AsArray(), Is.Empty, "a team lead linked to no technician leads no team");
            Assert.That(leadOfNoTeam["teams"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task WO14_a_dispatcher_cannot_read_the_daily_report()
    {
        var dispatcher = await As(Roles.Dispatcher);

        var response = await dispatcher.GetAsync("/api/v1/reports/daily?date=2026-11-16");

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task WO14_the_date_is_required()
    {
        var manager = await As(Roles.Manager);

        var response = await manager.GetAsync("/api/v1/reports/daily?team=East");

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["date"], Is.Not.Null);
    }

    [Test]
    public async Task WO14_a_date_that_is_not_a_date_is_400()
    {
        var manager = await As(Roles.Manager);

        var response = await manager.GetAsync("/api/v1/reports/daily?date=2026-11-31");

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    private async Task<JsonNode> Assigned(Guid technicianId)
    {
        var order = await Register(receivedAt: "2026-11-14T09:00:00+08:00");
        return await Do(order, "assign", new { technicianId });
    }

    private Task<JsonNode> Work(JsonNode order, Guid technicianId, string startedAt, int minutes, string kind) =>
        Do(order, "time-entries", new { technicianId, startedAt, minutes, kind });

    private async Task<JsonNode> Report(string query, string role = Roles.Manager) => await Report(await As(role), query);

    private static async Task<JsonNode> Report(HttpClient client, string query) =>
        await (await client.GetAsync($"/api/v1/reports/daily?{query}")).ShouldBe(HttpStatusCode.OK);

    private static Guid Id(JsonNode order) => order["id"]!.GetValue<Guid>();

    private static string Number(JsonNode order) => order["number"]!.GetValue<string>();

    private static IEnumerable<string> EmployeeNumbers(JsonNode report) =>
        report["technicians"]!.AsArray().Select(t => t!["employeeNumber"]!.GetValue<string>());

    private static JsonNode Line(JsonNode report, string employeeNumber) =>
        report["technicians"]!.AsArray().Single(t => t!["employeeNumber"]!.GetValue<string>() == employeeNumber)!;

    private static JsonNode Team(JsonNode report, string team) =>
        report["teams"]!.AsArray().Single(t => t!["team"]!.GetValue<string>() == team)!;

    private static IEnumerable<string> Orders(JsonNode line) => line["orders"]!.AsArray().Select(o => o!["number"]!.GetValue<string>());

    /// <summary>Paid, Contract, Free, Admin, total.</summary>
    private static int[] Minutes(JsonNode line)
    {
        var minutes = line["minutes"]!;
        return [.. new[] { "paid", "contract", "free", "admin", "total" }.Select(kind => minutes[kind]!.GetValue<int>())];
    }
}
