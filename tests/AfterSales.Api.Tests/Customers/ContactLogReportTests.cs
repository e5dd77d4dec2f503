using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using MiniExcelLibs;

namespace AfterSales.Api.Tests.Customers;

/// <summary>CU-5 (r2) over HTTP: contact-log entries with their structured fields, and the report of a period as JSON, CSV and XLSX.</summary>
public sealed class ContactLogReportTests : ApiTest
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private JsonNode customer = null!;

    [SetUp]
    public async Task LogContactsAsync()
    {
        customer = await RegisterCustomer(new { name = "Huadong Precision", phone = "021-55550001", address = "100 Zhangjiang Rd", zone = "Urban" });
        await Log(new { kind = "Visit", contactedOn = "2026-11-02", note = "Before the period", customerNeeds = "Nothing" });
        await Log(new
        {
            kind = "Visit",
            contactedOn = "2026-11-09",
            note = "Quarterly visit",
            productQualityFeedback = "Spindle noisy after 2,000 h",
            customerNeeds = "A second CNC line next year",
            competitorNews = "Competitor offers 3-year service",
            creditStanding = "Pays on time",
            newProductInterest = "Laser cutter",
        });
        await Log(new { kind = "FollowUpCall", contactedOn = "2026-11-12", note = "Check-up call", customerNeeds = "Faster spare parts" });
    }

    [Test]
    public async Task CU5_the_report_lists_each_entry_of_the_period_with_its_five_fields()
    {
        var report = await (await (await As(Roles.Manager)).GetAsync("/api/v1/reports/contact-log?from=2026-11-09&to=2026-11-16")).ShouldBe(HttpStatusCode.OK);

        var rows = report["rows"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(row => row!["contactedOn"]!.GetValue<string>()), Is.EqualTo(new[] { "2026-11-09", "2026-11-12" }));
            Assert.That(rows[0]!["customerName"]!.GetValue<string>(), Is.EqualTo("Huadong Precision"));
            Assert.That(rows[0]!["productQualityFeedback"]!.GetValue<string>(), Is.EqualTo("Spindle noisy after 2,000 h"));
            Assert.That(rows[0]!["customerNeeds"]!.GetValue<string>(), Is.EqualTo("A second CNC line next year"));
            Assert.That(rows[0]!["competitorNews"]!.GetValue<string>(), Is.EqualTo("Competitor offers 3-year service"));
            Assert.That(rows[0]!["creditStanding"]!.GetValue<string>(), Is.EqualTo("Pays on time"));
            Assert.That(rows[0]!["newProductInterest"]!.GetValue<string>(), Is.EqualTo("Laser cutter"));
            Assert.That(rows[1]!["competitorNews"], Is.Null);
        });
    }

    [Test]
    public async Task CU5_filled_keeps_the_entries_in_which_every_named_field_is_filled()
    {
        var needs = await Rows("/api/v1/reports/contact-log?from=2026-11-01&to=2026-11-16&filled=customerNeeds");
        var needsAndNews = await Rows("/api/v1/reports/contact-log?from=2026-11-01&to=2026-11-16&filled=customerNeeds,competitorNews");

        Assert.That(needs, Is.EqualTo(new[] { "2026-11-02", "2026-11-09", "2026-11-12" }));
        Assert.That(needsAndNews, Is.EqualTo(new[] { "2026-11-09" }));
    }

    [Test]
    public async Task CU5_the_report_as_csv_has_the_five_fields_as_columns()
    {
        var client = await As(Roles.Manager);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/csv");

        var response = await client.GetAsync("/api/v1/reports/contact-log?from=2026-11-09&to=2026-11-09");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        var lines = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Is.EqualTo(new[]
        {
            "ContactedOn,Customer,Kind,Note,RecordedBy,ProductQualityFeedback,CustomerNeeds,CompetitorNews,CreditStanding,NewProductInterest",
            "2026-11-09,Huadong Precision,Visit,Quarterly visit,dispatcher.user,\"Spindle noisy after 2,000 h\",A second CNC line next year,Competitor offers 3-year service,Pays on time,Laser cutter",
        }));
    }

    [Test]
    public async Task CU5_the_report_as_xlsx_reads_back_with_miniexcel()
    {
        var client = await As(Roles.Sales);
        client.DefaultRequestHeaders.Accept.ParseAdd(Xlsx);

        var response = await client.GetAsync("/api/v1/reports/contact-log?from=2026-11-01&to=2026-11-16&filled=newProductInterest");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo(Xlsx));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0]["NewProductInterest"], Is.EqualTo("Laser cutter"));
        Assert.That(rows[0]["CreditStanding"], Is.EqualTo("Pays on time"));
    }

    [TestCase("?from=2026-11-01&to=2026-11-16&filled=mood", "filled")]
    [TestCase("?from=2026-11-16&to=2026-11-01", "to")]
    [TestCase("?from=2025-01-01&to=2026-11-16", "to")]
    [TestCase("?to=2026-11-16", "from")]
    public async Task CU5_a_bad_period_or_field_name_is_400(string query, string field)
    {
        var response = await (await As(Roles.Manager)).GetAsync($"/api/v1/reports/contact-log{query}");

        Assert.That((await response.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]![field], Is.Not.Null);
    }

    private async Task Log(object body) =>
        await (await (await As(Roles.Dispatcher)).PostAsJsonAsync($"/api/v1/customers/{customer["id"]}/contacts", body)).ShouldBe(HttpStatusCode.OK);

    private async Task<string[]> Rows(string path)
    {
        var report = await (await (await As(Roles.Manager)).GetAsync(path)).ShouldBe(HttpStatusCode.OK);
        return [.. report["rows"]!.AsArray().Select(row => row!["contactedOn"]!.GetValue<string>())];
    }
}
