using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Returns;

/// <summary>
/// RX-1..RX-4 over HTTP on the default [Returns] numbers (7 days to return, 15 to exchange). The clock stands on
/// Monday 2026-03-09 in Shanghai; the press was bought on 2026-02-27 and delivered on 2026-03-02, so today is day 7.
/// </summary>
public sealed class ReturnTests : ApiTest
{
    private JsonNode customer = null!;

    private string CustomerId => customer["id"]!.GetValue<string>();

    [SetUp]
    public async Task RegisterCustomerWithPressAsync()
    {
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.FromHours(8)));
        customer = await RegisterCustomer(new
        {
            name = "Huadong Precision",
            phone = "021-55550001",
            address = "100 Zhangjiang Rd",
            zone = "Urban",
            equipment = new[]
            {
                new { model = "PRESS-200", serialNumber = "SN-200-7", purchaseDate = "2026-02-27", warrantyEndsOn = "2027-03-02", contractEndsOn = (string?)null, deliveryDate = (string?)"2026-03-02" },
                new { model = "SAW-90", serialNumber = "SN-90-5", purchaseDate = "2026-02-27", warrantyEndsOn = "2026-04-30", contractEndsOn = (string?)"2026-03-31", deliveryDate = (string?)null },
            },
        });
    }

    [Test]
    public async Task RX1_delivery_date_defaults_to_the_purchase_date_and_is_corrected_by_patch()
    {
        var saw = Item("SAW-90");

        Assert.Multiple(() =>
        {
            Assert.That(saw["deliveryDate"]!.GetValue<string>(), Is.EqualTo("2026-02-27"), "no delivery date given: the purchase date");
            Assert.That(saw["status"]!.GetValue<string>(), Is.EqualTo("InService"));
            Assert.That(Item("PRESS-200")["deliveryDate"]!.GetValue<string>(), Is.EqualTo("2026-03-02"));
        });

        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/customers/{CustomerId}/equipment/{saw["id"]}")
        {
            Content = new StringContent("""{"deliveryDate":"2026-03-03"}""", Encoding.UTF8, "application/merge-patch+json"),
        };
        patch.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{customer["version"]}\""));
        var corrected = await (await (await As(Roles.Dispatcher)).SendAsync(patch)).ShouldBe(HttpStatusCode.OK);

        Assert.That(corrected["equipment"]!.AsArray().Single(machine => machine!["model"]!.GetValue<string>() == "SAW-90")!["deliveryDate"]!.GetValue<string>(), Is.EqualTo("2026-03-03"));
    }

    [Test]
    public async Task RX1_a_return_on_day_7_is_eligible_and_numbered()
    {
        var request = await Register("Return", "ChangedMind", "OpenedUnused");

        Assert.Multiple(() =>
        {
            // 2026-03-09 − 2026-03-02 = day 7, the last of the 7 days.
            Assert.That(request["eligible"]!.GetValue<bool>(), Is.True);
            Assert.That(request["number"]!.GetValue<string>(), Does.Match(@"^RX-2026-\d{6}$"));
            Assert.That(request["status"]!.GetValue<string>(), Is.EqualTo("Requested"));
            Assert.That(request["deliveredOn"]!.GetValue<string>(), Is.EqualTo("2026-03-02"));
            Assert.That(request["purchaseDate"]!.GetValue<string>(), Is.EqualTo("2026-02-27"), "the item's purchase date when none is given");
            Assert.That(request["toldToBring"]!["packaging"]!.GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public async Task RX1_a_return_on_day_8_is_registered_ineligible_and_needs_a_managers_exception()
    {
        // 2026-03-10 − 2026-03-02 = day 8: one past the 7 days.
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(8)));
        var request = await Register("Return", "ChangedMind", "New");
        var manager = await As(Roles.Manager);
        var id = request["id"]!.GetValue<string>();

        await (await manager.PostAsync($"/api/v1/returns/{id}/approve", null)).ShouldBeProblem(HttpStatusCode.Conflict, "RX-1");
        await (await (await As(Roles.Dispatcher)).PostAsJsonAsync($"/api/v1/returns/{id}/exception", new { reason = "goodwill" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await manager.PostAsJsonAsync($"/api/v1/returns/{id}/exception", new { reason = "Key account; sales director agreed" })).ShouldBe(HttpStatusCode.OK);
        var approved = await (await manager.PostAsync($"/api/v1/returns/{id}/approve", null)).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(request["eligible"]!.GetValue<bool>(), Is.False);
            Assert.That(request["ineligibleReason"]!.GetValue<string>(), Does.Contain("day 8"));
            Assert.That(approved["status"]!.GetValue<string>(), Is.EqualTo("Approved"));
            Assert.That(approved["exceptionReason"]!.GetValue<string>(), Is.EqualTo("Key account; sales director agreed"));
        });
    }

    [Test]
    public async Task RX2_each_step_is_taken_by_its_role_and_out_of_order_is_refused()
    {
        var id = (await Register("Return", "QualityFault", "Used"))["id"]!.GetValue<string>();

        await (await (await As(Roles.Warehouse)).PostAsync($"/api/v1/returns/{id}/receive", null)).ShouldBeProblem(HttpStatusCode.Conflict, "RX-2");
        await Step(Roles.Manager, id, "approve");
        await Step(Roles.Dispatcher, id, "arrange-pickup", new { pickupOn = "2026-03-10" });
        await (await (await As(Roles.Dispatcher)).PostAsync($"/api/v1/returns/{id}/receive", null)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await Step(Roles.Warehouse, id, "receive");
        var inspected = await Step(Roles.Quality, id, "inspect", new { passed = true, findings = "Hydraulic seal leaks: the fault described" });

        Assert.Multiple(() =>
        {
            Assert.That(inspected["status"]!.GetValue<string>(), Is.EqualTo("Inspected"));
            Assert.That(inspected["pickupOn"]!.GetValue<string>(), Is.EqualTo("2026-03-10"));
            Assert.That(inspected["receivedBy"]!.GetValue<string>(), Is.EqualTo("warehouse.user"));
            Assert.That(inspected["inspectedBy"]!.GetValue<string>(), Is.EqualTo("quality.user"));
        });
    }

    [Test]
    public async Task RX3_a_refunded_return_marks_the_item_returned_books_it_in_and_refuses_new_orders()
    {
        var id = await Inspected("Return", "QualityFault");
        var press = Item("PRESS-200");

        var refunded = await Step(Roles.Finance, id, "refund", new { amount = 12800.00m, method = "BankTransfer" });
        var card = await (await (await As(Roles.Dispatcher)).GetAsync($"/api/v1/customers/{CustomerId}")).ShouldBe(HttpStatusCode.OK);
        var movements = await (await (await As(Roles.Warehouse)).GetAsync("/api/v1/stock-movements")).ShouldBe(HttpStatusCode.OK);
        var order = await (await As(Roles.Dispatcher)).PostAsJsonAsync("/api/v1/work-orders", new
        {
            channel = "Phone",
            customerId = CustomerId,
            equipmentId = press["id"]!.GetValue<string>(),
            problemDescription = "Press stalls",
            priority = "Normal",
        });

        Assert.Multiple(() =>
        {
            Assert.That(refunded["status"]!.GetValue<string>(), Is.EqualTo("Refunded"));
            Assert.That(refunded["refundAmount"]!.GetValue<decimal>(), Is.EqualTo(12800.00m));
            Assert.That(card["equipment"]!.AsArray().Single(machine => machine!["id"]!.GetValue<string>() == press["id"]!.GetValue<string>())!["status"]!.GetValue<string>(), Is.EqualTo("Returned"));
            Assert.That(movements["items"]!.AsArray().Select(movement => (movement!["direction"]!.GetValue<string>(), movement["serialNumber"]!.GetValue<string>(), movement["returnRequestId"]!.GetValue<string>())),
                Is.EqualTo(new[] { ("In", "SN-200-7", id) }));
        });
        await order.ShouldBeProblem(HttpStatusCode.Conflict, "RX-3");
    }

    [Test]
    public async Task RX3_an_exchange_adds_the_replacement_to_the_card_and_books_both_movements()
    {
        var id = await Inspected("Exchange", "WrongItem");

        await (await (await As(Roles.Finance)).PostAsJsonAsync($"/api/v1/returns/{id}/refund", new { amount = 100.00m, method = "Cash" })).ShouldBeProblem(HttpStatusCode.Conflict, "RX-2");
        var exchanged = await Step(Roles.Warehouse, id, "exchange", new { model = "PRESS-220", serialNumber = "SN-220-1", deliveryDate = "2026-03-12", warrantyEndsOn = "2027-03-12" });
        var card = await (await (await As(Roles.Dispatcher)).GetAsync($"/api/v1/customers/{CustomerId}")).ShouldBe(HttpStatusCode.OK);

        var replacement = card["equipment"]!.AsArray().Single(machine => machine!["id"]!.GetValue<string>() == exchanged["replacementEquipmentId"]!.GetValue<string>())!;
        Assert.Multiple(() =>
        {
            Assert.That(exchanged["status"]!.GetValue<string>(), Is.EqualTo("Exchanged"));
            Assert.That((replacement["model"]!.GetValue<string>(), replacement["deliveryDate"]!.GetValue<string>(), replacement["warrantyEndsOn"]!.GetValue<string>(), replacement["status"]!.GetValue<string>()),
                Is.EqualTo(("PRESS-220", "2026-03-12", "2027-03-12", "InService")));
            Assert.That(card["equipment"]!.AsArray().Single(machine => machine!["serialNumber"]!.GetValue<string>() == "SN-200-7")!["status"]!.GetValue<string>(), Is.EqualTo("Returned"));
            Assert.That(exchanged["stockMovements"]!.AsArray().Select(movement => movement!["direction"]!.GetValue<string>() + " " + movement["serialNumber"]!.GetValue<string>()),
                Is.EquivalentTo(new[] { "In SN-200-7", "Out SN-220-1" }));
        });
    }

    [Test]
    public async Task RX3_a_returned_item_leaves_the_warranty_and_contract_reminders()
    {
        // Today 2026-03-09: the saw's contract ends on 03-31 (22 days, within 30), its warranty on 04-30 (52 days, within 90).
        var desk = await As(Roles.Dispatcher);
        Assert.That(await SerialsIn(desk, "/api/v1/reminders/contracts"), Does.Contain("SN-90-5"));

        // The saw was delivered when it was bought, 2026-02-27: today is day 10, past the 7 days, so the Manager's exception.
        var id = (await Register("Return", "QualityFault", "Used", "SAW-90"))["id"]!.GetValue<string>();
        await Step(Roles.Manager, id, "exception", new { reason = "Blade guard cracked on delivery; reported late" });
        await Step(Roles.Manager, id, "approve");
        await Step(Roles.Dispatcher, id, "await-drop-off");
        await Step(Roles.Warehouse, id, "receive");
        await Step(Roles.Quality, id, "inspect", new { passed = true, findings = "Blade guard cracked in transit" });
        await Step(Roles.Finance, id, "refund", new { amount = 3000.00m, method = "Cash" });

        Assert.Multiple(async () =>
        {
            Assert.That(await SerialsIn(desk, "/api/v1/reminders/contracts"), Does.Not.Contain("SN-90-5"));
            Assert.That(await SerialsIn(desk, "/api/v1/reminders/warranties"), Does.Not.Contain("SN-90-5"));
        });
    }

    [Test]
    public async Task RX2_a_failed_inspection_is_negotiated_to_a_partial_refund()
    {
        var id = await Received("Return", "QualityFault");
        var negotiating = await Step(Roles.Quality, id, "inspect", new { passed = false, findings = "Frame bent by a fall: not the fault described" });

        var settled = await Step(Roles.Manager, id, "negotiation", new { outcome = "PartialRefund", refundAmount = 6400.00m, refundMethod = "BankTransfer" });
        var byNumber = await (await (await As(Roles.Quality)).GetAsync($"/api/v1/returns/by-number/{settled["number"]!.GetValue<string>().ToLowerInvariant()}")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(negotiating["status"]!.GetValue<string>(), Is.EqualTo("Negotiating"));
            Assert.That(settled["status"]!.GetValue<string>(), Is.EqualTo("Refunded"));
            Assert.That(settled["negotiationOutcome"]!.GetValue<string>(), Is.EqualTo("PartialRefund"));
            Assert.That(settled["refundAmount"]!.GetValue<decimal>(), Is.EqualTo(6400.00m));
            Assert.That(byNumber["id"]!.GetValue<string>(), Is.EqualTo(id));
        });
    }

    [Test]
    public async Task RX1_an_item_with_an_open_request_gets_no_second_one()
    {
        await Register("Return", "QualityFault", "Used");

        var second = await (await As(Roles.Dispatcher)).PostAsJsonAsync("/api/v1/returns", Body("Exchange", "QualityFault", "Used", "PRESS-200"));

        await second.ShouldBeProblem(HttpStatusCode.Conflict, "RX-1");
    }

    [Test]
    public async Task RX2_the_list_filters_by_status_and_customer()
    {
        var refused = (await Register("Return", "ChangedMind", "New"))["id"]!.GetValue<string>();
        await Step(Roles.Manager, refused, "refuse", new { reason = "Customer withdrew" });
        await Register("Exchange", "WrongItem", "New", "SAW-90");

        var list = await (await (await As(Roles.Warehouse)).GetAsync($"/api/v1/returns?status=Requested&customerId={CustomerId}")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(list["items"]![0]!["kind"]!.GetValue<string>(), Is.EqualTo("Exchange"));
        });
    }

    private JsonNode Item(string model) => customer["equipment"]!.AsArray().Single(machine => machine!["model"]!.GetValue<string>() == model)!;

    private object Body(string kind, string reason, string condition, string model) =>
        new
        {
            kind,
            customerId = CustomerId,
            equipmentId = Item(model)["id"]!.GetValue<string>(),
            proofOfPurchase = "INV-88",
            reason,
            condition,
            toldToBring = new { proofOfPurchase = true, packaging = true, accessories = false },
        };

    private async Task<JsonNode> Register(string kind, string reason, string condition, string model = "PRESS-200")
    {
        var response = await (await As(Roles.Dispatcher)).PostAsJsonAsync("/api/v1/returns", Body(kind, reason, condition, model));
        return await response.ShouldBe(HttpStatusCode.Created);
    }

    private async Task<JsonNode> Step(string role, string id, string action, object? body = null)
    {
        var client = await As(role);
        var response = body is null ? await client.PostAsync($"/api/v1/returns/{id}/{action}", null) : await client.PostAsJsonAsync($"/api/v1/returns/{id}/{action}", body);
        return await response.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<string> Received(string kind, string reason)
    {
        var id = (await Register(kind, reason, "Used"))["id"]!.GetValue<string>();
        await Step(Roles.Manager, id, "approve");
        await Step(Roles.Dispatcher, id, "await-drop-off");
        await Step(Roles.Warehouse, id, "receive");
        return id;
    }

    private async Task<string> Inspected(string kind, string reason)
    {
        var id = await Received(kind, reason);
        await Step(Roles.Quality, id, "inspect", new { passed = true, findings = "As described" });
        return id;
    }

    private static async Task<IReadOnlyList<string>> SerialsIn(HttpClient client, string path) =>
        [.. (await (await client.GetAsync(path)).ShouldBe(HttpStatusCode.OK))["items"]!.AsArray().Select(item => item!["serialNumber"]!.GetValue<string>())];
}
