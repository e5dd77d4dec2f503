using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace AfterSales.Api.Tests.PriceList;

/// <summary>PR-1: Finance's price list, line by line and imported from a workbook. Today is Monday 16 November 2026 in Shanghai.</summary>
public sealed class PriceListTests : ApiTest
{
    [Test]
    public async Task PR1_finance_sets_a_part_price_that_is_in_force_from_its_day_and_audited()
    {
        var finance = await As(Roles.Finance);

        var created = await (await finance.PostAsJsonAsync("/api/v1/price-list/parts", Part("HX-V200", 480.00m, "2026-11-20"))).ShouldBe(HttpStatusCode.Created);
        var before = await PartsOn("2026-11-19", "&partNumber=HX-V200");
        var from = await PartsOn("2026-11-20", "&partNumber=hx-v200");
        var history = await (await finance.GetAsync("/api/v1/price-list/parts/HX-V200/history")).ShouldBe(HttpStatusCode.OK);
        var manager = await As(Roles.Manager);
        var audit = await (await manager.GetAsync($"/api/v1/audit?entityId={created["id"]}")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(created["unitPrice"]!.GetValue<decimal>(), Is.EqualTo(480.00m));
            Assert.That(created["recordedBy"]!.GetValue<string>(), Is.EqualTo("finance.user"));
            Assert.That(before["totalCount"]!.GetValue<int>(), Is.EqualTo(0), "not yet in force on the 19th");
            Assert.That(from["items"]![0]!["unitPrice"]!.GetValue<decimal>(), Is.EqualTo(480.00m), "in force from the 20th; the part number matches in any case");
            Assert.That(history.AsArray().Select(line => line!["effectiveFrom"]!.GetValue<string>()), Is.EqualTo(new[] { "2026-11-20" }));
            Assert.That(audit["items"]![0]!["changedBy"]!.GetValue<string>(), Is.EqualTo("finance.user"));
        });
    }

    [Test]
    public async Task PR1_a_second_price_for_a_part_on_the_same_day_is_refused()
    {
        var finance = await As(Roles.Finance);
        await (await finance.PostAsJsonAsync("/api/v1/price-list/parts", Part("HX-V200", 480.00m, "2026-11-20"))).ShouldBe(HttpStatusCode.Created);

        var again = await finance.PostAsJsonAsync("/api/v1/price-list/parts", Part("hx-v200", 500.00m, "2026-11-20"));

        var problem = await again.ShouldBeProblem(HttpStatusCode.Conflict, "PR-1");
        Assert.That(problem["ruleId"]!.GetValue<string>(), Is.EqualTo("PR-1"));
    }

    [Test]
    public async Task PR1_a_price_back_dated_before_today_is_refused_and_today_is_accepted()
    {
        var finance = await As(Roles.Finance);

        var yesterday = await finance.PostAsJsonAsync("/api/v1/price-list/labour-rates", new { service = "OnSiteRepair", name = "On-site repair", perHour = 120.00m, effectiveFrom = "2026-11-15" });
        var today = await finance.PostAsJsonAsync("/api/v1/price-list/labour-rates", new { service = "OnSiteRepair", name = "On-site repair", perHour = 120.00m, effectiveFrom = "2026-11-16" });

        await yesterday.ShouldBeProblem(HttpStatusCode.Conflict, "PR-1");
        await today.ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task PR1_a_price_with_more_than_two_decimal_places_is_invalid()
    {
        var finance = await As(Roles.Finance);

        var response = await finance.PostAsJsonAsync("/api/v1/price-list/parts", Part("HX-V200", 480.005m, "2026-11-20"));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task PR1_a_quote_day_takes_the_price_in_force()
    {
        await PriceListed("HX-V200", 100.00m, effectiveFrom: "2026-01-01");
        await PriceListed("HX-V200", 120.00m, effectiveFrom: "2026-07-01");
        using var scope = Factory.Services.CreateScope();
        var prices = scope.ServiceProvider.GetRequiredService<AfterSales.Application.Pricing.PriceList>();

        var june30 = await prices.PartInForceAsync("HX-V200", new DateOnly(2026, 6, 30), CancellationToken.None);
        var july1 = await prices.PartInForceAsync("HX-V200", new DateOnly(2026, 7, 1), CancellationToken.None);
        var newYearsEve = await prices.PartInForceAsync("HX-V200", new DateOnly(2025, 12, 31), CancellationToken.None);
        var listedJune30 = await PartsOn("2026-06-30");
        var listedJuly1 = await PartsOn("2026-07-01");

        Assert.Multiple(() =>
        {
            Assert.That(june30!.UnitPrice, Is.EqualTo(100.00m));
            Assert.That(july1!.UnitPrice, Is.EqualTo(120.00m));
            Assert.That(newYearsEve, Is.Null);
            Assert.That(listedJune30["items"]!.AsArray().Select(line => line!["unitPrice"]!.GetValue<decimal>()), Is.EqualTo(new[] { 100.00m }), "one line per part");
            Assert.That(listedJuly1["items"]!.AsArray().Select(line => line!["unitPrice"]!.GetValue<decimal>()), Is.EqualTo(new[] { 120.00m }));
        });
    }

    [Test]
    public async Task PR1_the_list_filters_by_product_line_and_labour_rates_by_service()
    {
        await PriceListed("HX-V200", 480.00m, productLine: "Compressors");
        await PriceListed("DR-B10", 35.00m, productLine: "Dryers");
        await LabourRated("OnSiteRepair", 120.00m);
        await LabourRated("OnSiteRepair", 130.00m, effectiveFrom: "2026-11-01");
        await LabourRated("WorkshopRepair", 90.00m);
        var technician = await As(Roles.Technician);

        var dryers = await (await technician.GetAsync("/api/v1/price-list/parts?productLine=Dryers")).ShouldBe(HttpStatusCode.OK);
        var rates = await (await technician.GetAsync("/api/v1/price-list/labour-rates")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(dryers["items"]!.AsArray().Select(line => line!["partNumber"]!.GetValue<string>()), Is.EqualTo(new[] { "DR-B10" }));
            Assert.That(
                rates["items"]!.AsArray().Select(line => (line!["service"]!.GetValue<string>(), line["perHour"]!.GetValue<decimal>())),
                Is.EqualTo(new[] { ("OnSiteRepair", 130.00m), ("WorkshopRepair", 90.00m) }),
                "today (16 November) the 1 November rate of 130.00 replaced the 1 January one");
        });
    }

    [Test]
    public async Task PR1_a_clean_import_stores_every_line_in_one_go()
    {
        var workbook = Workbook(
            [PartRow("HX-V200", "Intake valve", 480.00m, "Compressors", "yes", "2026-11-20"), PartRow("DR-B10", "Drain valve", 35.50m, "Dryers", "否", "2026-12-01")],
            [RateRow("OnSiteRepair", "On-site repair", 120.00m, "2026-11-16")]);

        var result = await (await Import(workbook)).ShouldBe(HttpStatusCode.OK);
        var parts = await PartsOn("2026-12-01");

        Assert.Multiple(() =>
        {
            Assert.That(result["partPrices"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(result["labourRates"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(result["stored"]!.GetValue<bool>(), Is.True);
            Assert.That(
                parts["items"]!.AsArray().Select(line => (line!["partNumber"]!.GetValue<string>(), line["unitPrice"]!.GetValue<decimal>(), line["hasRecoveryValue"]!.GetValue<bool>())),
                Is.EqualTo(new[] { ("DR-B10", 35.50m, false), ("HX-V200", 480.00m, true) }));
        });
    }

    [Test]
    public async Task PR1_an_import_with_errors_imports_nothing_and_reports_every_row()
    {
        await PriceListed("HX-V200", 480.00m, effectiveFrom: "2026-11-20");
        // Parts rows 2..5 as Excel numbers them (row 1 is the header): row 2 clean, row 3 a negative price, row 4 a
        // flag that is neither yes nor no, row 5 a day the part already has on the list. LabourRates row 2 is back-dated.
        var workbook = Workbook(
            [
                PartRow("DR-B10", "Drain valve", 35.50m, "Dryers", "yes", "2026-12-01"),
                PartRow("DR-B11", "Drain hose", -4.00m, "Dryers", "no", "2026-12-01"),
                PartRow("DR-B12", "Drain cap", 4.00m, "Dryers", "maybe", "2026-12-01"),
                PartRow("HX-V200", "Intake valve", 500.00m, "Compressors", "yes", "2026-11-20"),
            ],
            [RateRow("OnSiteRepair", "On-site repair", 120.00m, "2026-11-15")]);

        var problem = await (await Import(workbook)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "PR-1");
        var parts = await PartsOn("2026-12-31");

        Assert.Multiple(() =>
        {
            Assert.That(
                problem["rowErrors"]!.AsArray().Select(error => (error!["sheet"]!.GetValue<string>(), error["row"]!.GetValue<int>(), error["column"]!.GetValue<string>())),
                Is.EqualTo(new[] { ("LabourRates", 2, "EffectiveFrom"), ("Parts", 3, "UnitPrice"), ("Parts", 4, "HasRecoveryValue"), ("Parts", 5, "EffectiveFrom") }));
            Assert.That(parts["items"]!.AsArray().Select(line => line!["partNumber"]!.GetValue<string>()), Is.EqualTo(new[] { "HX-V200" }), "only the line listed before; not even the clean row 2");
        });
    }

    [Test]
    public async Task PR1_an_import_reports_blank_cells_and_duplicates_inside_the_file()
    {
        var workbook = Workbook(
            [PartRow("DR-B10", "Drain valve", 35.50m, "Dryers", "yes", "2026-12-01"), PartRow("dr-b10", "Drain valve", 36.00m, "Dryers", "yes", "2026-12-01"), PartRow("DR-B12", " ", 4.00m, "Dryers", "yes", "2026-12-01")],
            []);

        var problem = await (await Import(workbook)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "PR-1");

        Assert.That(
            problem["rowErrors"]!.AsArray().Select(error => (error!["row"]!.GetValue<int>(), error["column"]!.GetValue<string>())),
            Is.EqualTo(new[] { (3, "PartNumber"), (4, "Name") }));
    }

    [Test]
    public async Task PR1_a_dry_run_checks_a_clean_workbook_without_storing_it()
    {
        var workbook = Workbook([PartRow("DR-B10", "Drain valve", 35.50m, "Dryers", "yes", "2026-12-01")], []);

        var result = await (await Import(workbook, "?dryRun=true")).ShouldBe(HttpStatusCode.OK);
        var parts = await PartsOn("2026-12-01");

        Assert.Multiple(() =>
        {
            Assert.That(result["partPrices"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(result["stored"]!.GetValue<bool>(), Is.False);
            Assert.That(parts["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
        });
    }

    [Test]
    public async Task PR1_a_file_that_is_not_a_workbook_is_refused()
    {
        var response = await Import("PartNumber,Name\nHX-V200,Intake valve\n"u8.ToArray());

        await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task PR1_the_template_is_a_workbook_the_import_accepts()
    {
        var admin = await As(Roles.Admin);
        var template = await (await admin.GetAsync("/api/v1/price-list/import/template")).Content.ReadAsByteArrayAsync();

        var result = await (await Import(template, "?dryRun=true")).ShouldBe(HttpStatusCode.OK);

        Assert.That((result["partPrices"]!.GetValue<int>(), result["labourRates"]!.GetValue<int>()), Is.EqualTo((1, 1)));
    }

    private static object Part(string partNumber, decimal unitPrice, string effectiveFrom) =>
        new { partNumber, name = "Intake valve", unitPrice, productLine = "Compressors", hasRecoveryValue = true, effectiveFrom };

    private static Dictionary<string, object> PartRow(string partNumber, string name, decimal unitPrice, string productLine, string hasRecoveryValue, string effectiveFrom) => new()
    {
        ["PartNumber"] = partNumber,
        ["Name"] = name,
        ["UnitPrice"] = unitPrice,
        ["ProductLine"] = productLine,
        ["HasRecoveryValue"] = hasRecoveryValue,
        ["EffectiveFrom"] = effectiveFrom,
    };

    private static Dictionary<string, object> RateRow(string service, string name, decimal perHour, string effectiveFrom) => new()
    {
        ["Service"] = service,
        ["Name"] = name,
        ["PerHour"] = perHour,
        ["EffectiveFrom"] = effectiveFrom,
    };

    private static byte[] Workbook(Dictionary<string, object>[] parts, Dictionary<string, object>[] labourRates)
    {
        var sheets = new Dictionary<string, object>();
        if (parts.Length > 0)
        {
            sheets["Parts"] = parts;
        }

        if (labourRates.Length > 0)
        {
            sheets["LabourRates"] = labourRates;
        }

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets);
        return stream.ToArray();
    }

    private async Task<HttpResponseMessage> Import(byte[] file, string query = "")
    {
        var admin = await As(Roles.Admin);
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return await admin.PostAsync($"/api/v1/price-list/import{query}", content);
    }

    private async Task<JsonNode> PartsOn(string day, string filter = "")
    {
        var finance = await As(Roles.Finance);
        return await (await finance.GetAsync($"/api/v1/price-list/parts?on={day}{filter}")).ShouldBe(HttpStatusCode.OK);
    }
}
