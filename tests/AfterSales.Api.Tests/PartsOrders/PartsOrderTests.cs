using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Api.Tests.WorkOrders;
using AfterSales.Application.Security;
using AfterSales.Infrastructure.WorkOrders;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.PartsOrders;

/// <summary>
/// PR-2 and PR-3 through HTTP on the default [Pricing:PaymentConfirmHours] (12) and [Sla:AtRiskHours] (2), for a
/// customer whose responsible technician is <see cref="WorkOrderTest"/>'s T-0042; the belt is listed at 180.00 and the
/// filter at 49.50 from 2026-01-01.
/// </summary>
public sealed class PartsOrderTests : WorkOrderTest
{
    private JsonNode servedCustomer = null!;

    [SetUp]
    public async Task PriceListAndCustomerAsync()
    {
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 13, 9));
        await PriceListed("PO-BLT-200", 180.00m, name: "Drive belt");
        await PriceListed("PO-FLT-10", 49.50m, hasRecoveryValue: false, name: "Oil filter");
        servedCustomer = await RegisterCustomer(new
        {
            name = "Jiangnan Tools",
            phone = "021-55550077",
            address = "8 Longyang Rd",
            zone = "Urban",
            responsibleTechnicianId = TechnicianId,
            equipment = new[] { Machine("CNC-5000", "SN-PO-1", "2025-06-01", "2027-06-01") },
        });
    }

    [Test]
    public async Task PR2_a_parts_only_order_ships_only_after_payment_is_confirmed()
    {
        var order = await RegisterOrder();
        await (await Ship(order, "SF-PO-1")).ShouldBeProblem(HttpStatusCode.Conflict, "PR-2");

        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 13, 10));
        var arrived = await Arrive(order, 639.00m, Roles.Sales);
        await (await Ship(order, "SF-PO-1")).ShouldBeProblem(HttpStatusCode.Conflict, "PR-2");

        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 13, 21));
        await (await (await As(Roles.Dispatcher)).PostAsync($"/api/v1/parts-orders/{order["id"]}/payment-confirmation", null)).ShouldBe(HttpStatusCode.Forbidden);
        var paid = await Confirm(order);
        var shipment = await (await Ship(order, "SF-PO-1")).ShouldBe(HttpStatusCode.Created);
        var shipped = await Read(order);
        var invoiceRequests = (await (await (await As(Roles.Finance)).GetAsync($"/api/v1/invoice-requests?sourceId={order["id"]}")).ShouldBe(HttpStatusCode.OK))["items"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(order["number"]!.GetValue<string>(), Does.Match(@"^PO-2026-\d{6}$"));
            // 3 × 180.00 = 540.00; 2 × 49.50 = 99.00; 540.00 + 99.00 = 639.00.
            Assert.That(order["total"]!.GetValue<decimal>(), Is.EqualTo(639.00m));
            Assert.That(order["lines"]![1]!["lineTotal"]!.GetValue<decimal>(), Is.EqualTo(99.00m));
            Assert.That(order["status"]!.GetValue<string>(), Is.EqualTo("AwaitingPayment"));
            Assert.That(arrived["status"]!.GetValue<string>(), Is.EqualTo("PaymentArrived"));
            // Friday 10:00 + 12 h = Friday 22:00.
            Assert.That(Instant(arrived["paymentConfirmation"]!["deadline"]), Is.EqualTo(Shanghai(2026, 3, 13, 22)));
            Assert.That(paid["status"]!.GetValue<string>(), Is.EqualTo("Paid"));
            Assert.That(paid["paymentConfirmation"]!["state"]!.GetValue<string>(), Is.EqualTo("Met"), "21:00, before 22:00");
            Assert.That(paid["payment"]!["confirmedBy"]!.GetValue<string>(), Is.EqualTo("finance.user"));
            Assert.That(shipment["shippedFor"]!.GetValue<string>(), Is.EqualTo("PartsOrder"));
            Assert.That(shipped["status"]!.GetValue<string>(), Is.EqualTo("Shipped"));
            Assert.That(shipped["shipments"]![0]!["trackingNumber"]!.GetValue<string>(), Is.EqualTo("SF-PO-1"));

            // WO-12 (r2): invoiced for its 639.00 on the day it shipped, Friday 03-13; due two working days later, Tuesday 03-17.
            var invoice = invoiceRequests.Single()!;
            Assert.That(invoice["source"]!.GetValue<string>(), Is.EqualTo("PartsOrder"));
            Assert.That(invoice["amount"]!.GetValue<decimal>(), Is.EqualTo(639.00m));
            Assert.That(invoice["serviceOn"]!.GetValue<string>(), Is.EqualTo("2026-03-13"));
            Assert.That(invoice["dueOn"]!.GetValue<string>(), Is.EqualTo("2026-03-17"));
        });
    }

    [Test]
    public async Task PR2_on_account_the_responsible_technician_owes_the_total_as_a_receivable_and_the_order_ships()
    {
        var order = await RegisterOrder();
        var colleague = await HireTechnician("T-0043");

        await (await (await AsTechnician(colleague["id"]!.GetValue<Guid>())).PostAsync($"/api/v1/parts-orders/{order["id"]}/on-account", null))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        var onAccount = await (await (await AsTechnician(TechnicianId)).PostAsync($"/api/v1/parts-orders/{order["id"]}/on-account", null)).ShouldBe(HttpStatusCode.OK);
        await (await Ship(order, "SF-PO-2")).ShouldBe(HttpStatusCode.Created);
        var owed = await Receivables();

        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 20, 10));
        await Arrive(order, 639.00m, Roles.Finance);
        await Confirm(order);
        var settled = await Receivables();

        Assert.Multiple(() =>
        {
            Assert.That(onAccount["status"]!.GetValue<string>(), Is.EqualTo("OnAccount"));
            Assert.That(onAccount["onAccountTechnicianId"]!.GetValue<Guid>(), Is.EqualTo(TechnicianId));
            Assert.That(owed["partsOrderId"]!.GetValue<Guid>(), Is.EqualTo(order["id"]!.GetValue<Guid>()));
            Assert.That(owed["orderNumber"]!.GetValue<string>(), Is.EqualTo(order["number"]!.GetValue<string>()));
            Assert.That(owed["workOrderId"], Is.Null);
            // The whole total, 639.00, owed through T-0042 from Friday 03-13.
            Assert.That(owed["amount"]!.GetValue<decimal>(), Is.EqualTo(639.00m));
            Assert.That(owed["outstanding"]!.GetValue<decimal>(), Is.EqualTo(639.00m));
            Assert.That(owed["openedOn"]!.GetValue<string>(), Is.EqualTo("2026-03-13"));
            // 639.00 paid a week later: 639.00 − 639.00 = 0.00, settled that day.
            Assert.That(settled["outstanding"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
            Assert.That(settled["settledOn"]!.GetValue<string>(), Is.EqualTo("2026-03-20"));
        });
    }

    [Test]
    public async Task PR2_the_late_list_shows_payments_not_confirmed_within_12_hours_and_those_confirmed_late()
    {
        var inTime = await RegisterOrder();
        var confirmedLate = await RegisterOrder();
        var unconfirmed = await RegisterOrder();
        var unpaid = await RegisterOrder();
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 13, 10));
        await Arrive(inTime, 639.00m, Roles.Dispatcher);
        await Arrive(confirmedLate, 639.00m, Roles.Dispatcher);
        await Arrive(unconfirmed, 639.00m, Roles.Dispatcher);

        // Friday 21:00: all three due at 22:00, within the 2 h at-risk window.
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 13, 21));
        var atRisk = await List("paymentConfirmation=AtRisk");
        await Confirm(inTime);

        // 22:01, a minute past the deadline.
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 13, 22, 1));
        var flagged = await Confirm(confirmedLate);
        var late = await List("paymentConfirmation=Late");
        var swept = await Factory.Services.GetRequiredService<SlaSweeper>().SweepOnceAsync(CancellationToken.None);
        var sweptAgain = await Factory.Services.GetRequiredService<SlaSweeper>().SweepOnceAsync(CancellationToken.None);
        var stillLate = await List("paymentConfirmation=Late");

        Assert.Multiple(() =>
        {
            Assert.That(Ids(atRisk), Is.EquivalentTo(new[] { IdOf(inTime), IdOf(confirmedLate), IdOf(unconfirmed) }));
            Assert.That(flagged["confirmedLate"]!.GetValue<bool>(), Is.True);
            Assert.That(flagged["status"]!.GetValue<string>(), Is.EqualTo("Paid"));
            Assert.That(Ids(late), Is.EquivalentTo(new[] { IdOf(confirmedLate), IdOf(unconfirmed) }), "not the one in time, nor the unpaid one");
            Assert.That(swept, Is.EqualTo(new SlaSweepResult(0, 0, 0, 1)), "the unconfirmed one");
            Assert.That(sweptAgain, Is.EqualTo(SlaSweepResult.None), "WO-8: recorded once");
            Assert.That(Ids(stillLate), Is.EquivalentTo(new[] { IdOf(confirmedLate), IdOf(unconfirmed) }));
            Assert.That(Ids(stillLate), Does.Not.Contain(IdOf(unpaid)));
        });
    }

    [Test]
    public async Task PR1_a_line_off_the_list_price_needs_a_reason()
    {
        var desk = await As(Roles.Dispatcher);

        var refused = await desk.PostAsJsonAsync("/api/v1/parts-orders", Body(new { partNumber = "PO-BLT-200", quantity = 1, unitPrice = 150.00m }));
        var priced = await (await desk.PostAsJsonAsync("/api/v1/parts-orders", Body(new { partNumber = "PO-BLT-200", quantity = 1, unitPrice = 150.00m, priceReason = "Display item" })))
            .ShouldBe(HttpStatusCode.Created);

        await refused.ShouldBeProblem(HttpStatusCode.Conflict, "PR-1");
        // 1 × 150.00 = 150.00, the list's 180.00 beside it.
        Assert.Multiple(() =>
        {
            Assert.That(priced["total"]!.GetValue<decimal>(), Is.EqualTo(150.00m));
            Assert.That(priced["lines"]![0]!["listPrice"]!.GetValue<decimal>(), Is.EqualTo(180.00m));
        });
    }

    [Test]
    public async Task PR3_a_ShipParts_work_order_ships_and_a_tracking_number_is_booked_out_once_across_kinds()
    {
        var shipParts = await Register();
        await Do(shipParts, "assign", new { technicianId = TechnicianId });
        await Do(shipParts, "plan", new { method = "ShipParts", customerAdvisedOnFitting = true, note = "Told how to fit the belt" }, Roles.Technician);
        var byPhone = await Register();
        await Do(byPhone, "assign", new { technicianId = TechnicianId });
        await Do(byPhone, "plan", new { method = "PhoneGuidance" }, Roles.Technician);
        var paid = await RegisterOrder();
        await Arrive(paid, 639.00m, Roles.Finance);
        await Confirm(paid);

        var shipment = await (await ShipWorkOrder(shipParts, "SF-PO-3")).ShouldBe(HttpStatusCode.Created);
        var notShipParts = await ShipWorkOrder(byPhone, "SF-PO-4");
        var sameParcel = await Ship(paid, "SF-PO-3");
        var listed = await (await (await As(Roles.Dispatcher)).GetAsync($"/api/v1/work-orders/{shipParts["id"]}/shipments")).ShouldBe(HttpStatusCode.OK);

        await notShipParts.ShouldBeProblem(HttpStatusCode.Conflict, "PR-3");
        await sameParcel.ShouldBeProblem(HttpStatusCode.Conflict, "PR-3");
        Assert.Multiple(() =>
        {
            Assert.That(shipment["shippedFor"]!.GetValue<string>(), Is.EqualTo("WorkOrder"));
            Assert.That(shipment["shippedForNumber"]!.GetValue<string>(), Is.EqualTo(shipParts["number"]!.GetValue<string>()));
            Assert.That(listed.AsArray().Select(item => item!["trackingNumber"]!.GetValue<string>()), Is.EqualTo(new[] { "SF-PO-3" }));
        });
    }

    private object Body(params object[] lines) => new
    {
        customerId = servedCustomer["id"]!.GetValue<Guid>(),
        lines,
        shippingAddress = "8 Longyang Rd, Shanghai",
    };

    private async Task<JsonNode> RegisterOrder() =>
        await (await (await As(Roles.Sales)).PostAsJsonAsync("/api/v1/parts-orders", Body(
            new { partNumber = "PO-BLT-200", quantity = 3 },
            new { partNumber = "PO-FLT-10", quantity = 2 }))).ShouldBe(HttpStatusCode.Created);

    private async Task<JsonNode> Arrive(JsonNode order, decimal amount, string role) =>
        await (await (await As(role)).PostAsJsonAsync($"/api/v1/parts-orders/{order["id"]}/payment-arrival", new
        {
            arrivedAt = Factory.Clock.GetUtcNow(),
            amount,
            method = "Transfer",
            reference = "ICBC 88120",
        })).ShouldBe(HttpStatusCode.OK);

    private async Task<JsonNode> Confirm(JsonNode order) =>
        await (await (await As(Roles.Finance)).PostAsync($"/api/v1/parts-orders/{order["id"]}/payment-confirmation", null)).ShouldBe(HttpStatusCode.OK);

    private async Task<HttpResponseMessage> Ship(JsonNode order, string trackingNumber) =>
        await (await As(Roles.Warehouse)).PostAsJsonAsync($"/api/v1/parts-orders/{order["id"]}/shipments", new { carrier = "SF Express", trackingNumber, shippedOn = Today() });

    private async Task<HttpResponseMessage> ShipWorkOrder(JsonNode order, string trackingNumber) =>
        await (await As(Roles.Warehouse)).PostAsJsonAsync($"/api/v1/work-orders/{order["id"]}/shipments", new { carrier = "SF Express", trackingNumber, shippedOn = Today() });

    private async Task<JsonNode> Read(JsonNode order) =>
        await (await (await As(Roles.Warehouse)).GetAsync($"/api/v1/parts-orders/{order["id"]}")).ShouldBe(HttpStatusCode.OK);

    private async Task<JsonNode> List(string query) =>
        await (await (await As(Roles.Finance)).GetAsync($"/api/v1/parts-orders?{query}")).ShouldBe(HttpStatusCode.OK);

    private async Task<JsonNode> Receivables()
    {
        var page = await (await (await As(Roles.Finance)).GetAsync($"/api/v1/receivables?technicianId={TechnicianId}")).ShouldBe(HttpStatusCode.OK);
        return page["items"]!.AsArray().Single()!;
    }

    private static string Today() =>
        TimeZoneInfo.ConvertTime(Factory.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Guid IdOf(JsonNode node) => node["id"]!.GetValue<Guid>();

    private static Guid[] Ids(JsonNode page) => [.. page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>())];
}
