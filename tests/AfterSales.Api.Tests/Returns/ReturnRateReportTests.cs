using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Returns;

/// <summary>
/// RX-4 over HTTP: eight LATHE-10 delivered in March 2026 and one in February; two of March's come back with refunds,
/// a third is exchanged for a LATHE-12. The clock stands on 2026-03-09 in Shanghai.
/// </summary>
public sealed class ReturnRateReportTests : ApiTest
{
    private JsonNode customer = null!;

    [SetUp]
    public async Task DeliverLathesAsync()
    {
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.FromHours(8)));
        var march = Enumerable.Range(1, 8).Select(n => new { model = "LATHE-10", serialNumber = $"L10-{n}", purchaseDate = "2026-03-01", warrantyEndsOn = "2027-03-01", deliveryDate = $"2026-03-0{n + 1}" });
        var february = new { model = "LATHE-10", serialNumber = "L10-0", purchaseDate = "2026-02-20", warrantyEndsOn = "2027-02-20", deliveryDate = "2026-02-20" };
        customer = await RegisterCustomer(new { name = "Jiangnan Tools", phone = "0512-6666001", address = "8 Suzhou Rd", zone = "Suburban", equipment = march.Append(february).ToArray() });

        await Complete("L10-1", "Return", "refund", new { amount = 5000.00m, method = "Cash" });
        await Complete("L10-2", "Return", "refund", new { amount = 5000.00m, method = "BankTransfer" });
        await Complete("L10-3", "Exchange", "exchange", new { model = "LATHE-12", serialNumber = "L12-1", deliveryDate = "2026-03-09", warrantyEndsOn = "2027-03-09" });
    }

    [Test]
    public async Task RX4_the_return_rate_counts_completed_returns_in_their_items_delivery_month()
    {
        var report = await (await (await As(Roles.Quality)).GetAsync("/api/v1/reports/return-rate?from=2026-01&to=2026-12")).ShouldBe(HttpStatusCode.OK);

        var rows = report["rows"]!.AsArray().Select(row => (
            row!["model"]!.GetValue<string>(), row["month"]!.GetValue<string>(), row["delivered"]!.GetValue<int>(), row["returned"]!.GetValue<int>(), row["ratePercent"]!.GetValue<decimal>()));
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("LATHE-10", "2026-02", 1, 0, 0.00m),
            // 8 delivered in March (the two returned and the one exchanged included); 2 refunded returns: 2 ÷ 8 = 25.00 %.
            // The exchange is not a return.
            ("LATHE-10", "2026-03", 8, 2, 25.00m),
            // The replacement is an item delivered on 2026-03-09: 0 ÷ 1 = 0.00 %.
            ("LATHE-12", "2026-03", 1, 0, 0.00m),
        }));
    }

    [Test]
    public async Task RX4_the_report_is_served_as_csv_and_refuses_a_reversed_period()
    {
        var quality = await As(Roles.Quality);
        var csv = await (await quality.GetAsync("/api/v1/reports/return-rate?from=2026-03&to=2026-03&format=csv")).Content.ReadAsStringAsync();
        var reversed = await quality.GetAsync("/api/v1/reports/return-rate?from=2026-04&to=2026-03");

        Assert.That(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimStart('\uFEFF')), Is.EqualTo(new[]
        {
            "Model,Month,Delivered,Returned,RatePercent",
            "LATHE-10,2026-03,8,2,25.00",
            "LATHE-12,2026-03,1,0,0.00",
        }));
        await reversed.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    private async Task Complete(string serialNumber, string kind, string action, object body)
    {
        var item = customer["equipment"]!.AsArray().Single(machine => machine!["serialNumber"]!.GetValue<string>() == serialNumber)!;
        var registered = await (await (await As(Roles.Dispatcher)).PostAsJsonAsync("/api/v1/returns", new
        {
            kind,
            customerId = customer["id"]!.GetValue<string>(),
            equipmentId = item["id"]!.GetValue<string>(),
            reason = "QualityFault",
            condition = "Used",
            toldToBring = new { proofOfPurchase = true, packaging = false, accessories = false },
        })).ShouldBe(HttpStatusCode.Created);
        var id = registered["id"]!.GetValue<string>();
        await Post(Roles.Manager, id, "approve", null);
        await Post(Roles.Dispatcher, id, "await-drop-off", null);
        await Post(Roles.Warehouse, id, "receive", null);
        await Post(Roles.Quality, id, "inspect", new { passed = true, findings = "Chuck slips under load" });
        await Post(kind == "Return" ? Roles.Finance : Roles.Warehouse, id, action, body);
    }

    private async Task Post(string role, string id, string action, object? body)
    {
        var client = await As(role);
        var response = body is null ? await client.PostAsync($"/api/v1/returns/{id}/{action}", null) : await client.PostAsJsonAsync($"/api/v1/returns/{id}/{action}", body);
        await response.ShouldBe(HttpStatusCode.OK);
    }
}
