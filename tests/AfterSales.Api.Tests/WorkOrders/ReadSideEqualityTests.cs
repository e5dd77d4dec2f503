using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>
/// Issue 18: the read side (SQL straight into the response) and the write side (the aggregate mapped after a command)
/// must show an order identically. After every step of two orders' lives — through every status, with parts in each
/// state, deposits, cash remitted and not, a quote, a workshop visit, time, photos, an unsatisfied follow-up, a closure
/// and a reopening, and a cancellation — the command's answer and a GET by the same caller are the same bytes. The
/// customer card likewise. And X-4, which both sides write (C# for an order in hand, SQL for the lists): whoever asks,
/// the list and the dispatch queue show exactly the orders they can read.
/// </summary>
public sealed class ReadSideEqualityTests : WorkOrderTest
{
    private static readonly DateTimeOffset Now = ApiFactory.StartOfTests;

    [Test]
    public async Task A_warranty_workshop_order_reads_the_same_from_SQL_as_from_its_aggregate_at_every_step()
    {
        var created = await RegisterResponse(receivedAt: "2026-11-14T09:00:00+08:00");
        var order = await SameOnRead(created, Roles.Dispatcher);
        await Step(order, "assign", new { technicianId = TechnicianId }, Roles.Dispatcher);
        var charged = PartId(await Step(order, "parts", new { partNumber = "B-1", name = "Bearing", quantity = 2, unitPrice = 49.50m, customerCaused = true }, Roles.Technician), "B-1");
        await Step(order, $"parts/{charged}/approve", null, Roles.Finance);
        await Step(order, $"parts/{charged}/issue", null, Roles.Warehouse);
        var outstanding = PartId(await Step(order, "parts", new { partNumber = "P-2", name = "Pump", quantity = 1, unitPrice = 200.00m, customerCaused = false }, Roles.Technician), "P-2");
        await Step(order, $"parts/{outstanding}/approve", null, Roles.Finance);
        await Step(order, $"parts/{outstanding}/issue", null, Roles.Warehouse);
        var waived = PartId(await Step(order, "parts", new { partNumber = "V-3", name = "Valve", quantity = 1, unitPrice = 80.00m, customerCaused = false }, Roles.Technician), "V-3");
        await Step(order, $"parts/{waived}/approve", null, Roles.Finance);
        await Step(order, $"parts/{waived}/issue", null, Roles.Warehouse);
        await Step(order, $"parts/{waived}/waive-old-part", new { reason = "Scrapped on site" }, Roles.Finance);
        await Step(order, "parts", new { partNumber = "F-4", name = "Fuse", quantity = 3, unitPrice = 1.10m, customerCaused = false }, Roles.Technician);
        await Step(order, "payments", new { amount = 20m, method = "Cash", receivedAt = "2026-11-15T15:00:00+08:00" }, Roles.Technician);
        var remitted = (await Step(order, "payments", new { amount = 15.50m, method = "Cash" }, Roles.Technician))["payments"]![1]!["id"]!.GetValue<Guid>();
        await Step(order, $"payments/{remitted}/remit", null, Roles.Finance);
        await Step(order, "payments", new { amount = 5.25m, method = "Transfer" }, Roles.Finance);
        await Step(order, "contact", new { note = "Will collect the controller" }, Roles.Technician);
        await Step(order, "plan", new { method = "Workshop" }, Roles.Technician);
        await Step(order, "start", null, Roles.Technician);
        await Step(order, "carry-back", new { receiptNumber = "R-1", condition = "Dent on the housing", accessoriesLeftWithCustomer = "Cable", promisedReturnOn = "2026-11-20", loanerGiven = true }, Roles.Technician);
        await Step(order, "time-entries", new { startedAt = "2026-11-16T08:10:00+08:00", minutes = 95, kind = "Paid" }, Roles.Technician);
        await Step(order, "photos", await Photo("Controller board"), Roles.Technician);
        await Step(order, "workshop/inspection", new { passed = false, note = "Still leaks at the seal" }, Roles.TeamLead);
        await Step(order, "workshop/inspection", new { passed = true, note = "Holds pressure" }, Roles.TeamLead);
        await Step(order, "return-to-customer", new { signedBy = "Chen Gong" }, Roles.Technician);
        await Step(order, $"parts/{charged}/fit", new { serialNumber = (string?)null }, Roles.Technician);
        await Step(order, $"parts/{waived}/fit", new { serialNumber = (string?)null }, Roles.Technician);
        await Step(order, $"parts/{outstanding}/fit", new { serialNumber = "SN-P-2" }, Roles.Technician);
        await Step(order, $"parts/{outstanding}/old-part-returned", null, Roles.Warehouse);
        // WO-11 (r2): the customer-caused bearings are billed, and the order resolved, under an accepted quote.
        await Step(order, "quote", await QuoteOf(0.00m, "Chen Gong", ("B-1", 2, 49.50m)), Roles.Technician);
        await Step(order, "resolve", new { summary = "Replaced the pump", customerSignOff = await SignOff("Chen Gong") }, Roles.Technician);
        await Step(order, "follow-up", new { satisfied = false, survey = new { attitude = 3, skill = 2, punctuality = 4, promiseKeeping = 2 }, comments = "Still leaks" }, Roles.Manager);
        Factory.Clock.Advance(TimeSpan.FromHours(20));
        await Step(order, "contact", new { note = "Will come back for it" }, Roles.Technician);
        await Step(order, "start", null, Roles.Technician);
        await Step(order, "resolve", new { summary = "Resealed the pump", customerSignOff = await SignOff("Chen Gong") }, Roles.Technician);
        await Step(order, "follow-up", new { satisfied = true, survey = new { attitude = 4, skill = 4, punctuality = 4, promiseKeeping = 4 } }, Roles.Manager);
        await Step(order, "reopen", new { reason = "Leaks again" }, Roles.Manager);
    }

    [Test]
    public async Task An_on_site_order_and_a_cancelled_one_read_the_same_from_SQL_as_from_their_aggregates()
    {
        var onSite = await SameOnRead(await RegisterResponse(priority: "Urgent", serviceType: "Paid"), Roles.Dispatcher);
        await Step(onSite, "assign", new { technicianId = TechnicianId }, Roles.TeamLead);
        await Step(onSite, "plan", new { method = "OnSite" }, Roles.Technician);
        await Step(onSite, "contact", new { appointmentStart = Now.AddMinutes(20), appointmentEnd = Now.AddHours(1), note = "Gate 3" }, Roles.Technician);
        await Step(onSite, "contact", new { appointmentStart = Now.AddMinutes(30), appointmentEnd = Now.AddHours(2), moveReason = "Previous job overran" }, Roles.Technician);
        await Step(onSite, "reconfirm-visit", null, Roles.Technician);
        await Step(onSite, "quote", await QuoteOf(120m, "Chen Gong", ("S-1", 1, 35m)), Roles.Technician);
        await Step(onSite, "parts", new { partNumber = "S-1", name = "Seal", quantity = 1, unitPrice = 35m, customerCaused = false }, Roles.Technician);
        Factory.Clock.SetUtcNow(Now.AddMinutes(50));
        await Step(onSite, "arrive", new { }, Roles.Technician);
        await Step(onSite, "start", null, Roles.Technician);

        var cancelled = await SameOnRead(await RegisterResponse(zone: "Remote"), Roles.Dispatcher);
        await Step(cancelled, "assign", new { technicianId = TechnicianId }, Roles.Dispatcher);
        await Step(cancelled, "cancel", new { reason = "Customer fixed it" }, Roles.Manager);
    }

    [Test]
    public async Task X4_the_list_and_the_queue_show_each_caller_exactly_the_orders_they_can_read()
    {
        var west = (await HireTechnician("T-0051", "West"))["id"]!.GetValue<Guid>();
        var eastLead = await LeadOf("East");
        var waiting = await Register();
        var easts = await Register();
        var wests = await Register();
        var leads = await Register();
        await Do(easts, "assign", new { technicianId = TechnicianId }, Roles.Dispatcher);
        await Do(wests, "assign", new { technicianId = west }, Roles.Dispatcher);
        await Do(leads, "assign", new { technicianId = eastLead }, Roles.Dispatcher);
        JsonNode[] all = [waiting, easts, wests, leads];
        var callers = new Dictionary<string, (HttpClient Client, JsonNode[] Sees)>
        {
            ["East's lead"] = (await AsLeadOf("East"), [waiting, easts, leads]),
            ["a team lead linked to no technician"] = (await As(Roles.TeamLead), [waiting]),
            ["T-0042"] = (await AsAssignedTechnician(), [easts]),
            ["the dispatcher"] = (await As(Roles.Dispatcher), all),
        };

        foreach (var (caller, (client, sees)) in callers)
        {
            List<Guid> readable = [];
            foreach (var order in all)
            {
                if ((await client.GetAsync($"/api/v1/work-orders/{order["id"]}")).StatusCode == HttpStatusCode.OK)
                {
                    readable.Add(order["id"]!.GetValue<Guid>());
                }
            }

            var listed = await (await client.GetAsync("/api/v1/work-orders?pageSize=100")).ShouldBe(HttpStatusCode.OK);
            var cursorListed = await (await client.GetAsync("/api/v1/work-orders?cursor=&pageSize=100")).ShouldBe(HttpStatusCode.OK);
            Assert.That(readable, Is.EquivalentTo(sees.Select(order => order["id"]!.GetValue<Guid>())), caller);
            Assert.That(Ids(listed), Is.EquivalentTo(readable), $"{caller}: the list");
            Assert.That(Ids(cursorListed), Is.EquivalentTo(readable), $"{caller}: the list by cursor");
            if (caller != "T-0042")
            {
                var queue = await (await client.GetAsync("/api/v1/work-orders/dispatch-queue")).ShouldBe(HttpStatusCode.OK);
                Assert.That(Ids(queue), Is.EqualTo(new[] { waiting["id"]!.GetValue<Guid>() }), $"{caller}: the queue");
            }
        }
    }

    [Test]
    public async Task The_customer_card_reads_the_same_from_SQL_as_from_its_aggregate_at_every_step()
    {
        var dispatcher = await As(Roles.Dispatcher);
        var created = await dispatcher.PostAsJsonAsync("/api/v1/customers", new
        {
            name = "Suzhou Precision",
            phone = "0512-66660001",
            address = "8 Xinghu St",
            zone = "Suburban",
            equipment = new[] { Machine("CNC-5000", "SN-77", "2025-06-01", "2027-06-01", "2028-06-01") },
        });
        var customer = await SameCardOnRead(created, dispatcher, "registration");
        customer = await SameCardOnRead(await dispatcher.PostAsJsonAsync($"/api/v1/customers/{customer["id"]}/equipment", Machine("PRESS-200", "SN-78", "2026-01-10", "2027-01-10")), dispatcher, "a second machine");
        customer = await SameCardOnRead(await dispatcher.PostAsJsonAsync($"/api/v1/customers/{customer["id"]}/responsible-technician", new { technicianId = TechnicianId }), dispatcher, "a responsible technician");
        await SameCardOnRead(await dispatcher.PostAsJsonAsync($"/api/v1/customers/{customer["id"]}/contacts", new { kind = "Visit", contactedOn = "2026-11-15" }), dispatcher, "a contact");
    }

    private static async Task<JsonNode> SameCardOnRead(HttpResponseMessage written, HttpClient client, string step)
    {
        var aggregate = await written.Content.ReadAsStringAsync();
        Assert.That(written.IsSuccessStatusCode, $"{step}: {aggregate}");
        var id = JsonNode.Parse(aggregate)!["id"]!.GetValue<Guid>();
        var read = await client.GetAsync($"/api/v1/customers/{id}");
        Assert.That(await read.Content.ReadAsStringAsync(), Is.EqualTo(aggregate), $"the customer card after {step}");
        return JsonNode.Parse(aggregate)!;
    }

    /// <summary>Runs one command and asserts a GET by the same caller answers the command's bytes.</summary>
    private async Task<JsonNode> Step(JsonNode order, string action, object? body, string role)
    {
        var client = await ClientFor(role);
        var written = await client.PostAsJsonAsync($"/api/v1/work-orders/{order["id"]}/{action}", body ?? new { });
        Assert.That(written.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{action}: {await written.Content.ReadAsStringAsync()}");
        return await SameOnRead(written, role, action);
    }

    private async Task<JsonNode> SameOnRead(HttpResponseMessage written, string role, string step = "register")
    {
        var aggregate = await written.Content.ReadAsStringAsync();
        var id = JsonNode.Parse(aggregate)!["id"]!.GetValue<Guid>();
        var read = await (await ClientFor(role)).GetAsync($"/api/v1/work-orders/{id}");
        Assert.That(await read.Content.ReadAsStringAsync(), Is.EqualTo(aggregate), $"the order after {step}, as {role} sees it");
        return JsonNode.Parse(aggregate)!;
    }

    private static IEnumerable<Guid> Ids(JsonNode list) => list["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>());

    private static Guid PartId(JsonNode order, string partNumber) =>
        order["parts"]!.AsArray().Single(part => part!["partNumber"]!.GetValue<string>() == partNumber)!["id"]!.GetValue<Guid>();
}
