using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Handovers;

/// <summary>HC-2, HC-4 (r2) and WO-12 (r2) over HTTP: nothing owed is waived away, and cash stays with whoever collected it.</summary>
public sealed class HandoverOwedItemsTests : HandoverTest
{
    [Test]
    public async Task HC4_nothing_owed_is_lost_when_a_technician_leaves()
    {
        await ResolvedWithBalance(300.00m);
        await ResolvedWithBalance(450.50m);
        var warranty = await OrderOfLeaver(started: true);
        var part = await IssuedPart(warranty, unitPrice: 800.00m);
        var cashOrder = await OrderOfLeaver(started: true, serviceType: "Paid", labour: 200.00m);
        var paid = await Do(cashOrder, "payments", new { amount = 200.00m, method = "Cash" }, Roles.Technician);
        var cash = paid["payments"]![0]!;

        var checklist = await Start();
        var cashItem = ItemFor(checklist, IdOf(cash));
        foreach (var item in Items(checklist).Where(item => !item["cash"]!.GetValue<bool>()))
        {
            checklist = await CompleteItem(checklist, item, OutcomeFor(item));
        }

        var waived = await ActOn(checklist, $"items/{cashItem["id"]}/waive", new { reason = "He will bring it on Monday" });
        var unremitted = await ActOn(checklist, $"items/{cashItem["id"]}/complete", new { outcome = "Remitted", note = "He says he did" });
        await SignOffAll(checklist);
        var early = await ActOn(checklist, "complete");
        await Do(cashOrder, $"payments/{cash["id"]}/remit", role: Roles.Finance);
        await CompleteItem(checklist, cashItem, "Remitted");
        await DoOn(checklist, "complete");

        await waived.ShouldBeProblem(HttpStatusCode.Conflict, "HC-4");
        await unremitted.ShouldBeProblem(HttpStatusCode.Conflict, "HC-4");
        await early.ShouldBeProblem(HttpStatusCode.Conflict, "HC-5");
        var owedBySuccessor = (await Read($"receivables?technicianId={SuccessorId}"))["items"]!.AsArray().Select(item => item!["outstanding"]!.GetValue<decimal>()).ToList();
        var warrantyAfter = await Read($"work-orders/{warranty["id"]}");
        var cashAfter = (await Read($"work-orders/{cashOrder["id"]}"))["payments"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(ItemFor(checklist, IdOf(part))["kind"]!.GetValue<string>(), Is.EqualTo("OldPart"));

            // The two receivables move whole: 300.00 + 450.50 = 750.50 owed through the successor.
            Assert.That(owedBySuccessor, Is.EquivalentTo(new[] { 300.00m, 450.50m }));
            Assert.That(owedBySuccessor.Sum(), Is.EqualTo(750.50m));

            // The warranty order and its deposit, 1 × 800.00 = 800.00, are the successor's.
            Assert.That(warrantyAfter["technicianId"]!.GetValue<Guid>(), Is.EqualTo(SuccessorId));
            Assert.That(warrantyAfter["depositsHeld"]!.GetValue<decimal>(), Is.EqualTo(800.00m));
            Assert.That(warrantyAfter["balance"]!.GetValue<decimal>(), Is.EqualTo(800.00m));

            // The 200.00 cash reached Finance before the leaver left, and is on record as theirs.
            Assert.That(cashAfter["remittedAt"]!.GetValue<DateTimeOffset>(), Is.Not.EqualTo(default(DateTimeOffset)));
            Assert.That(cashAfter["collectedBy"]!.GetValue<Guid>(), Is.EqualTo(LeaverId));
        });
    }

    [Test]
    public async Task HC2_pending_sales_leads_of_the_leaver_are_listed_and_go_to_the_successor()
    {
        var dispatcher = await As(Roles.Dispatcher);
        var pending = await RecordLead(dispatcher, "CNC-7000", LeaverId);
        var won = await RecordLead(dispatcher, "PRESS-200", LeaverId);
        await (await (await As(Roles.Sales)).PostAsync($"/api/v1/sales-leads/{won["id"]}/won", null)).ShouldBe(HttpStatusCode.OK);
        var started = await Start();

        // Heard on one of the leaver's last visits, after the start: listed in the same transaction (HC-2).
        var heardLate = await RecordLead(await AsTechnician(LeaverId), "LATHE-5", null);
        var checklist = await Read($"handovers/{started["id"]}");
        var leadItems = Items(checklist, "SalesLead").ToList();
        var waived = await ActOn(checklist, $"items/{ItemFor(checklist, IdOf(pending))["id"]}/waive", new { reason = "The customer went quiet" });
        checklist = await Read($"handovers/{started["id"]}");
        foreach (var item in Items(checklist).Where(item => item["state"]!.GetValue<string>() == "Pending").ToList())
        {
            checklist = await CompleteItem(checklist, item, OutcomeFor(item));
        }

        await SignOffAll(checklist);
        await DoOn(checklist, "complete");

        var leads = new[] { pending, won, heardLate }.Select(lead => Read($"sales-leads/{lead["id"]}").Result).ToList();
        await waived.ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(leadItems.Select(item => item["referenceId"]!.GetValue<Guid>()), Is.EquivalentTo(new[] { IdOf(pending), IdOf(heardLate) }), "a won lead needs no one");
            Assert.That(leadItems.Select(item => item["description"]!.GetValue<string>()), Is.EquivalentTo(new[] { "Reassign the sales lead for CNC-7000 (Open)", "Reassign the sales lead for LATHE-5 (Open)" }));

            // Waived (not money, HC-4 r2 allows it): the lead stays with the leaver's record; the other goes to the successor.
            Assert.That(leads[0]["technicianId"]!.GetValue<Guid>(), Is.EqualTo(LeaverId));
            Assert.That(leads[1]["technicianId"]!.GetValue<Guid>(), Is.EqualTo(LeaverId), "a won lead is not moved");
            Assert.That(leads[2]["technicianId"]!.GetValue<Guid>(), Is.EqualTo(SuccessorId));
        });
    }

    [Test]
    public async Task HC4_a_customer_item_cannot_be_waived()
    {
        var dispatcher = await As(Roles.Dispatcher);
        await (await dispatcher.PostAsJsonAsync($"/api/v1/customers/{Customer["id"]}/responsible-technician", new { technicianId = LeaverId })).ShouldBe(HttpStatusCode.OK);
        var checklist = await Start();

        var response = await ActOn(checklist, $"items/{ItemFor(checklist, IdOf(Customer))["id"]}/waive", new { reason = "The customer stopped buying" });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "HC-4");
    }

    [Test]
    public async Task WO12_cash_stays_with_its_collector_after_reassignment()
    {
        var order = await OrderOfLeaver(started: true, serviceType: "Paid", labour: 200.00m);
        var paid = await Do(order, "payments", new { amount = 200.00m, method = "Cash" }, Roles.Technician);
        var cash = paid["payments"]![0]!;
        await Do(order, "assign", new { technicianId = SuccessorId, reason = "Zhang Wei is off sick" }, Roles.Dispatcher);

        // Received on Monday 16 November; read on Wednesday 18: 18 − 16 = 2 days old.
        Factory.Clock.SetUtcNow(Factory.Clock.GetUtcNow().AddDays(2));
        var list = await UnremittedCash();
        var successorsList = await UnremittedCash($"?technicianId={SuccessorId}");
        var leaversChecklist = await Start();
        var successorsChecklist = await (await StartResponse(new
        {
            technicianId = SuccessorId,
            reason = "Resignation",
            effectiveDate = EffectiveDate,
            successorId = (await HireTechnician("T-0044"))["id"]!.GetValue<Guid>(),
        })).ShouldBe(HttpStatusCode.Created);

        var row = list["items"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(cash["collectedBy"]!.GetValue<Guid>(), Is.EqualTo(LeaverId));
            Assert.That(row["collectedBy"]!.GetValue<Guid>(), Is.EqualTo(LeaverId));
            Assert.That(row["collectorName"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(row["workOrderNumber"]!.GetValue<string>(), Is.EqualTo(order["number"]!.GetValue<string>()));
            Assert.That(row["amount"]!.GetValue<decimal>(), Is.EqualTo(200.00m));
            Assert.That(row["receivedOn"]!.GetValue<string>(), Is.EqualTo("2026-11-16"));
            Assert.That(row["ageDays"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(list["byTechnician"]!.AsArray().Single()!["technicianId"]!.GetValue<Guid>(), Is.EqualTo(LeaverId));
            Assert.That(list["totalAmount"]!.GetValue<decimal>(), Is.EqualTo(200.00m));
            Assert.That(successorsList["items"]!.AsArray(), Is.Empty);
            Assert.That(successorsList["totalAmount"]!.GetValue<decimal>(), Is.EqualTo(0.00m));

            // The leaver's checklist has the cash and not the order; the successor's has the order and not the cash.
            Assert.That(ItemFor(leaversChecklist, IdOf(cash))["cash"]!.GetValue<bool>(), Is.True);
            Assert.That(Items(leaversChecklist).Any(item => item["referenceId"]?.GetValue<Guid>() == IdOf(order)), Is.False);
            Assert.That(Items(successorsChecklist).Count(item => item["cash"]!.GetValue<bool>()), Is.Zero);
            Assert.That(ItemFor(successorsChecklist, IdOf(order))["kind"]!.GetValue<string>(), Is.EqualTo("WorkOrder"));
        });
    }

    [Test]
    public async Task WO12_the_unremitted_cash_list_is_for_Finance_and_management()
    {
        var technician = await AsTechnician(LeaverId);

        var response = await technician.GetAsync("/api/v1/payments/unremitted-cash");

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    private static string OutcomeFor(JsonNode item) => item["kind"]!.GetValue<string>() switch
    {
        "Receivable" or "OldPart" => "Transferred",
        "Property" => "Returned",
        _ => "Reassigned",
    };

    private async Task<JsonNode> RecordLead(HttpClient client, string model, Guid? technicianId) =>
        await (await client.PostAsJsonAsync("/api/v1/sales-leads", new { customerId = Customer["id"], model, note = "Asked about a new machine", technicianId })).ShouldBe(HttpStatusCode.Created);

    /// <summary>Paid work quoted at <paramref name="labour"/>, resolved unpaid: a receivable of that much owed through the leaver.</summary>
    private async Task ResolvedWithBalance(decimal labour)
    {
        var order = await OrderOfLeaver(started: true, serviceType: "Paid", labour: labour);
        await Do(order, "resolve", new { summary = "Fixed by phone" }, Roles.Technician);
    }

    /// <summary>A free warranty part, issued by Finance: its price is held as a deposit until the old part is booked in (WO-11).</summary>
    /// <summary>A part Finance approved and the Warehouse booked out (WO-11 r2): its old part is owed from then on.</summary>
    private async Task<JsonNode> IssuedPart(JsonNode order, decimal unitPrice)
    {
        var requested = await Do(order, "parts", new { partNumber = "P-800", name = "Hydraulic pump", quantity = 1, unitPrice, customerCaused = false }, Roles.Technician);
        var part = requested["parts"]![0]!;
        await Do(order, $"parts/{part["id"]}/approve", role: Roles.Finance);
        await Do(order, $"parts/{part["id"]}/issue", role: Roles.Warehouse);
        return part;
    }

    private async Task<JsonNode> UnremittedCash(string query = "")
    {
        var finance = await As(Roles.Finance);
        return await (await finance.GetAsync($"/api/v1/payments/unremitted-cash{query}")).ShouldBe(HttpStatusCode.OK);
    }
}
