using System.Net;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>WO-10 (r2): the team lead's inspection before the return, the voided receipt, and the items kept past their promised return.</summary>
public sealed class WorkshopInspectionTests : WorkOrderTest
{
    [Test]
    public async Task WO10_the_item_goes_back_only_after_a_passed_inspection_and_its_receipt_is_voided()
    {
        var order = await InWorkshop(TechnicianId, "2026-11-20");

        var uninspected = await Act(order, "return-to-customer", new { signedBy = "Mr Chen" }, Roles.Technician);
        var byTheTechnician = await Act(order, "workshop/inspection", new { passed = true }, Roles.Technician);
        var failedWithoutWhy = await Act(order, "workshop/inspection", new { passed = false }, Roles.TeamLead);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 15));
        var failed = await Do(order, "workshop/inspection", new { passed = false, note = "Door still scrapes the frame" }, Roles.TeamLead);
        var afterFailure = await Act(order, "return-to-customer", new { signedBy = "Mr Chen" }, Roles.Technician);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 16));
        await Do(order, "workshop/inspection", new { passed = true, note = "Door closes clean" }, Roles.TeamLead);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 16, 30));
        var returned = await Do(order, "return-to-customer", new { signedBy = "Mr Chen" }, Roles.Technician);

        await uninspected.ShouldBeProblem(HttpStatusCode.Conflict, "WO-10");
        await byTheTechnician.ShouldBeProblem(HttpStatusCode.Forbidden);
        await failedWithoutWhy.ShouldBeProblem(HttpStatusCode.BadRequest);
        await afterFailure.ShouldBeProblem(HttpStatusCode.Conflict, "WO-10");
        var workshop = returned["workshop"]!;
        Assert.Multiple(() =>
        {
            Assert.That(failed["workshop"]!["inspectionPassed"]!.GetValue<bool>(), Is.False);
            Assert.That(failed["workshop"]!["receiptVoidedAt"], Is.Null);
            Assert.That(workshop["inspectionPassed"]!.GetValue<bool>(), Is.True);
            Assert.That(workshop["inspectionNote"]!.GetValue<string>(), Is.EqualTo("Door closes clean"));
            Assert.That(workshop["inspectedBy"]!.GetValue<string>(), Is.EqualTo("lead.east"));
            Assert.That(Instant(workshop["inspectedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 16)));
            Assert.That(Instant(workshop["returnedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 16, 30)));
            Assert.That(Instant(workshop["receiptVoidedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 16, 30)));
        });
    }

    [Test]
    public async Task WO10_items_kept_past_their_promised_return_are_listed_for_the_team_lead()
    {
        var west = (await HireTechnician("T-0051", "West"))["id"]!.GetValue<Guid>();
        var promisedTuesday = await InWorkshop(TechnicianId, "2026-11-17");
        var promisedFriday = await InWorkshop(TechnicianId, "2026-11-20");
        var westsTuesday = await InWorkshop(west, "2026-11-17");
        var eastLead = await AsLeadOf("East");
        var manager = await As(Roles.Manager);

        var onTuesday = await OverdueAsync(eastLead);
        // Wednesday 09:00 in Shanghai: both Tuesday promises are a day late; Friday's is not due.
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 18, 9));
        var forEastsLead = await (await eastLead.GetAsync("/api/v1/work-orders/workshop/overdue-returns")).ShouldBe(HttpStatusCode.OK);
        var forManager = await OverdueAsync(manager);
        await Do(promisedTuesday, "workshop/inspection", new { passed = true }, Roles.TeamLead);
        await Do(promisedTuesday, "return-to-customer", new { signedBy = "Mr Chen" }, Roles.Technician);
        var afterReturn = await OverdueAsync(manager);

        var row = forEastsLead["items"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(onTuesday, Is.Empty);
            Assert.That(forEastsLead["items"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(row["number"]!.GetValue<string>(), Is.EqualTo(Number(promisedTuesday)));
            Assert.That(row["receiptNumber"]!.GetValue<string>(), Is.EqualTo("R-2026-0042"));
            Assert.That(row["promisedReturnOn"]!.GetValue<string>(), Is.EqualTo("2026-11-17"));
            Assert.That(row["daysOverdue"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(forManager, Is.EquivalentTo(new[] { Number(promisedTuesday), Number(westsTuesday) }));
            Assert.That(afterReturn, Is.EqualTo(new[] { Number(westsTuesday) }));
            Assert.That(forManager, Does.Not.Contain(Number(promisedFriday)));
        });
    }

    /// <summary>A workshop order of <paramref name="technicianId"/>'s, carried back with the return promised on <paramref name="promisedReturnOn"/>.</summary>
    private async Task<JsonNode> InWorkshop(Guid technicianId, string promisedReturnOn)
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId });
        await Do(order, "contact", new { note = "Will collect the controller" });
        await Do(order, "plan", new { method = "Workshop" });
        await Do(order, "start");
        return await Do(order, "carry-back", new { receiptNumber = "R-2026-0042", condition = "scratch on right door", promisedReturnOn, loanerGiven = false });
    }

    private static async Task<List<string>> OverdueAsync(HttpClient client) =>
        [.. (await (await client.GetAsync("/api/v1/work-orders/workshop/overdue-returns")).ShouldBe(HttpStatusCode.OK))["items"]!.AsArray()
            .Select(item => item!["number"]!.GetValue<string>())];

    private static string Number(JsonNode order) => order["number"]!.GetValue<string>();
}
