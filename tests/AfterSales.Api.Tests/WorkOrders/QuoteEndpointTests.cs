using System.Net;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>WO-11, WO-12 (r2) and PR-1 quotes over HTTP; the clock starts Monday 16 November 2026, 10:00 in Shanghai.</summary>
public sealed class QuoteEndpointTests : WorkOrderTest
{
    [Test]
    public async Task PR1_labour_takes_the_rate_in_force_on_the_quote_day_in_quarter_hours()
    {
        await LabourRated("OnSiteRepair", 80.00m, effectiveFrom: "2026-01-01");
        await LabourRated("OnSiteRepair", 99.98m, effectiveFrom: "2026-11-01");
        await LabourRated("OnSiteRepair", 150.00m, effectiveFrom: "2026-12-01");
        var order = await Assigned("Paid");

        var quoted = await Do(order, "quote", new { labour = new[] { new { service = "OnSiteRepair", hours = 1.25m } }, acceptedBy = "Mr Li" }, Roles.Technician);

        var line = quoted["quote"]!["lines"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(line["listPrice"]!.GetValue<decimal>(), Is.EqualTo(99.98m), "the rate from 1 November, not the one from 1 December");
            Assert.That(line["amount"]!.GetValue<decimal>(), Is.EqualTo(124.98m), "1.25 h × 99.98 = 124.975 → 124.98, half away from zero");
            Assert.That(quoted["quote"]!["pricedOn"]!.GetValue<string>(), Is.EqualTo("2026-11-16"));
            Assert.That(quoted["fee"]!.GetValue<decimal>(), Is.EqualTo(124.98m));
        });
    }

    [Test]
    public async Task PR1_a_price_other_than_the_list_needs_a_reason()
    {
        await PriceListed("P-100", 180.00m);
        await LabourRated("OnSiteRepair", 100.00m);
        var order = await Assigned("Paid");
        object Body(string? priceReason) => new
        {
            labour = new[] { new { service = "OnSiteRepair", hours = 1m } },
            parts = new[] { new { partNumber = "P-100", quantity = 2, unitPrice = 150.00m, priceReason } },
            acceptedBy = "Mr Li",
        };

        var unexplained = await Act(order, "quote", Body(null), Roles.Technician);
        var explained = await Do(order, "quote", Body("price agreed in the framework contract"), Roles.Technician);

        await unexplained.ShouldBeProblem(HttpStatusCode.Conflict, "PR-1");
        var part = explained["quote"]!["lines"]![1]!;
        Assert.Multiple(() =>
        {
            Assert.That(part["listPrice"]!.GetValue<decimal>(), Is.EqualTo(180.00m));
            Assert.That(part["amount"]!.GetValue<decimal>(), Is.EqualTo(300.00m), "2 × 150.00");
            Assert.That(explained["quote"]!["total"]!.GetValue<decimal>(), Is.EqualTo(400.00m), "100.00 + 300.00");
        });
    }

    [Test]
    public async Task WO12_ten_percent_of_1234_50_is_allowed_and_10_01_percent_waits_for_the_Manager()
    {
        await LabourRated("OnSiteRepair", 1234.50m);
        var within = await Assigned("Paid");
        var over = await Assigned("Paid");

        var allowed = await Do(within, "quote", Discounted(10m, acceptedBy: "Mr Li"), Roles.Technician);
        var proposed = await Do(over, "quote", Discounted(10.01m, acceptedBy: null), Roles.Technician);
        var refused = await Act(over, "quotes/1/accept", new { acceptedBy = "Mr Li" }, Roles.Technician);
        var byTechnician = await Act(over, "quotes/1/discount-approval", null, Roles.Technician);
        await Do(over, "quotes/1/discount-approval");
        var accepted = await Do(over, "quotes/1/accept", new { acceptedBy = "Mr Li" }, Roles.Technician);

        await refused.ShouldBeProblem(HttpStatusCode.Conflict, "WO-12");
        await byTechnician.ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.Multiple(() =>
        {
            Assert.That(allowed["quote"]!["discount"]!.GetValue<decimal>(), Is.EqualTo(123.45m), "1,234.50 × 10 / 100");
            Assert.That(allowed["fee"]!.GetValue<decimal>(), Is.EqualTo(1111.05m), "1,234.50 − 123.45");
            Assert.That(proposed["quotes"]![0]!["discountNeedsApproval"]!.GetValue<bool>(), Is.True);
            Assert.That(proposed["quote"], Is.Null, "proposed, not in force");
            Assert.That(accepted["quote"]!["discount"]!.GetValue<decimal>(), Is.EqualTo(123.57m), "1,234.50 × 10.01 / 100 = 123.57345 → 123.57");
            Assert.That(accepted["fee"]!.GetValue<decimal>(), Is.EqualTo(1110.93m), "1,234.50 − 123.57");
        });
    }

    [Test]
    public async Task WO12_the_sixth_discount_of_an_ISO_week_waits_for_the_Manager_and_the_next_week_starts_afresh()
    {
        await LabourRated("OnSiteRepair", 200.00m);
        var weekdays = new[] { "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06" };
        foreach (var day in weekdays)
        {
            await Do(await Assigned("Paid"), "quote", Discounted(5m, "Mr Li", $"{day}T10:00:00+08:00"), Roles.Technician);
        }

        var sunday = await Assigned("Paid");
        var refused = await Act(sunday, "quote", Discounted(5m, "Mr Li", "2026-03-08T10:00:00+08:00"), Roles.Technician);
        var nextMonday = await Do(await Assigned("Paid"), "quote", Discounted(5m, "Mr Li", "2026-03-09T10:00:00+08:00"), Roles.Technician);
        await Do(sunday, "quote", Discounted(5m, acceptedBy: null), Roles.Technician);
        await Do(sunday, "quotes/1/discount-approval");
        var approved = await Do(sunday, "quotes/1/accept", new { acceptedBy = "Mr Li", acceptedAt = "2026-03-08T10:00:00+08:00" }, Roles.Technician);

        await refused.ShouldBeProblem(HttpStatusCode.Conflict, "WO-12");
        Assert.Multiple(() =>
        {
            Assert.That(nextMonday["fee"]!.GetValue<decimal>(), Is.EqualTo(190.00m), "200.00 − 5 % (10.00): Monday 9 March opens ISO week 11");
            Assert.That(approved["fee"]!.GetValue<decimal>(), Is.EqualTo(190.00m), "the sixth of week 10, approved");
        });
    }

    [Test]
    public async Task WO11_customer_caused_parts_on_a_warranty_order_are_billed_only_under_an_accepted_quote()
    {
        await PriceListed("P-100", 180.00m);
        await LabourRated("OnSiteRepair", 0.00m);
        var order = await Assigned("Warranty");
        await Do(order, "plan", new { method = "PhoneGuidance" }, Roles.Technician);
        await Do(order, "contact", new { note = "Talked the customer through it" }, Roles.Technician);
        await Do(order, "start", role: Roles.Technician);
        var requested = await Do(order, "parts", new { partNumber = "P-100", name = "Spindle bearing", quantity = 2, unitPrice = 180.00m, customerCaused = true }, Roles.Technician);
        await Do(order, $"parts/{requested["parts"]![0]!["id"]}/approve", role: Roles.Finance);
        var issued = await Do(order, $"parts/{requested["parts"]![0]!["id"]}/issue", role: Roles.Warehouse);

        var unquoted = await Act(order, "resolve", new { summary = "Replaced the bearing" }, Roles.Technician);
        var quoted = await Do(order, "quote", new { parts = new[] { new { partNumber = "P-100", quantity = 2 } }, acceptedBy = "Mr Li" }, Roles.Technician);
        await Do(order, "resolve", new { summary = "Replaced the bearing" }, Roles.Technician);

        await unquoted.ShouldBeProblem(HttpStatusCode.Conflict, "WO-11");
        Assert.Multiple(() =>
        {
            Assert.That(issued["fee"]!.GetValue<decimal>(), Is.EqualTo(0.00m), "not billed without an accepted quote");
            Assert.That(quoted["fee"]!.GetValue<decimal>(), Is.EqualTo(360.00m), "2 × 180.00 under the quote");
            Assert.That(quoted["balance"]!.GetValue<decimal>(), Is.EqualTo(360.00m));
        });
    }

    [Test]
    public async Task WO11_extra_parts_are_billed_once_an_amended_quote_is_accepted_and_every_version_is_kept()
    {
        await PriceListed("P-100", 180.00m);
        await LabourRated("OnSiteRepair", 300.00m);
        var order = await Assigned("Paid");
        await Do(order, "quote", new { labour = new[] { new { service = "OnSiteRepair", hours = 1m } }, parts = new[] { new { partNumber = "P-100", quantity = 1 } }, acceptedBy = "Mr Li" }, Roles.Technician);
        var requested = await Do(order, "parts", new { partNumber = "P-100", name = "Spindle bearing", quantity = 2, unitPrice = 180.00m, customerCaused = false }, Roles.Technician);
        await Do(order, $"parts/{requested["parts"]![0]!["id"]}/approve", role: Roles.Finance);
        var issued = await Do(order, $"parts/{requested["parts"]![0]!["id"]}/issue", role: Roles.Warehouse);

        var amended = await Do(order, "quote", new { labour = new[] { new { service = "OnSiteRepair", hours = 1m } }, parts = new[] { new { partNumber = "P-100", quantity = 2 } } }, Roles.Technician);
        var accepted = await Do(order, "quotes/2/accept", new { acceptedBy = "Mr Li" }, Roles.Technician);

        Assert.Multiple(() =>
        {
            Assert.That(issued["fee"]!.GetValue<decimal>(), Is.EqualTo(300.00m), "labour only: the quote covers 1 of the 2 spindles on one line");
            Assert.That(amended["fee"]!.GetValue<decimal>(), Is.EqualTo(300.00m), "proposed, not yet accepted");
            Assert.That(accepted["fee"]!.GetValue<decimal>(), Is.EqualTo(660.00m), "300.00 + 2 × 180.00");
            Assert.That(accepted["quotes"]!.AsArray().Select(quote => quote!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "Superseded", "Accepted" }));
            Assert.That(accepted["quote"]!["number"]!.GetValue<int>(), Is.EqualTo(2));
        });
    }

    private static object Discounted(decimal percent, string? acceptedBy, string? acceptedAt = null) => new
    {
        labour = new[] { new { service = "OnSiteRepair", hours = 1m } },
        discount = new { percent, reason = "Long-standing customer" },
        acceptedBy,
        acceptedAt,
    };

    private async Task<JsonNode> Assigned(string serviceType)
    {
        var order = await Register(serviceType: serviceType);
        return await Do(order, "assign", new { technicianId = TechnicianId });
    }
}
