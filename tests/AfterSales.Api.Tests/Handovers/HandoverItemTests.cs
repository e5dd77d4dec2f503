using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Handovers;

/// <summary>HC-4 over HTTP: items are completed by a Manager or the leaver, waived only by a Manager with a reason.</summary>
public sealed class HandoverItemTests : HandoverTest
{
    private JsonNode checklist = null!;
    private JsonNode customerItem = null!;
    private JsonNode toolItem = null!;

    [SetUp]
    public async Task StartWithACustomerAndATool()
    {
        await (await (await As(Roles.Dispatcher)).PostAsJsonAsync($"/api/v1/customers/{Customer["id"]}/responsible-technician", new { technicianId = LeaverId }))
            .ShouldBe(HttpStatusCode.OK);
        var tool = await IssueTool();
        checklist = await Start();
        customerItem = ItemFor(checklist, IdOf(Customer));
        toolItem = ItemFor(checklist, IdOf(tool));
    }

    [Test]
    public async Task HC4_a_reassigned_item_goes_to_the_successor_by_default_with_outcome_note_who_and_when()
    {
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 18, 9, 30));

        var updated = await CompleteItem(checklist, customerItem, "Reassigned");

        var item = ItemFor(updated, IdOf(Customer));
        var row = (await Read($"audit?entityId={checklist["id"]}"))["items"]!.AsArray()[0]!;
        var audited = row["changes"]!.AsArray()
            .Single(change => change!["entityType"]!.GetValue<string>() == "HandoverItem" && change["action"]!.GetValue<string>() == "Modified")!;
        Assert.Multiple(() =>
        {
            Assert.That(audited["partId"]!.GetValue<Guid>(), Is.EqualTo(IdOf(item)), "X-1: filed under the checklist");
            Assert.That(row["changedBy"]!.GetValue<string>(), Is.EqualTo("manager.user"));
            Assert.That(audited["properties"]!["outcome"]!["new"]!.GetValue<string>(), Is.EqualTo("Reassigned"));
            Assert.That(item["state"]!.GetValue<string>(), Is.EqualTo("Done"));
            Assert.That(item["outcome"]!.GetValue<string>(), Is.EqualTo("Reassigned"));
            Assert.That(item["note"]!.GetValue<string>(), Is.EqualTo("Reassigned on the handover walk-through"));
            Assert.That(item["newTechnicianId"]!.GetValue<Guid>(), Is.EqualTo(SuccessorId));
            Assert.That(item["endedBy"]!.GetValue<string>(), Is.EqualTo("manager.user"));
            Assert.That(Instant(item["endedAt"]), Is.EqualTo(Shanghai(2026, 11, 18, 9, 30)));
        });
    }

    [Test]
    public async Task HC4_reassigning_to_a_technician_who_is_not_active_is_409_TE2_and_to_an_unknown_one_400()
    {
        var admin = await As(Roles.Admin);
        await (await admin.PostAsync($"/api/v1/technicians/{SupervisorId}/leave", null)).ShouldBe(HttpStatusCode.OK);

        var onLeave = await ActOn(checklist, $"items/{customerItem["id"]}/complete", new { outcome = "Reassigned", note = "To the lead", newTechnicianId = SupervisorId });
        var toLeaver = await ActOn(checklist, $"items/{customerItem["id"]}/complete", new { outcome = "Reassigned", note = "Back to self", newTechnicianId = LeaverId });
        var unknown = await ActOn(checklist, $"items/{customerItem["id"]}/complete", new { outcome = "Reassigned", note = "Nobody", newTechnicianId = Guid.NewGuid() });

        Assert.That((await onLeave.ShouldBeProblem(HttpStatusCode.Conflict, "TE-2"))["detail"]!.GetValue<string>(), Is.EqualTo("TE-2: technician T-0001 is OnLeave"));
        Assert.That((await toLeaver.ShouldBeProblem(HttpStatusCode.Conflict, "TE-2"))["detail"]!.GetValue<string>(), Is.EqualTo("TE-2: technician T-0042 is Leaving"));
        Assert.That((await unknown.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { "newTechnicianId" }));
        Assert.That(ItemFor(await Read($"handovers/{checklist["id"]}"), IdOf(Customer))["state"]!.GetValue<string>(), Is.EqualTo("Pending"));
    }

    [Test]
    public async Task HC4_an_outcome_that_does_not_fit_the_item_is_400_and_an_ended_item_does_not_end_again()
    {
        var wrong = await ActOn(checklist, $"items/{customerItem["id"]}/complete", new { outcome = "Lost", note = "?" });
        var missing = await ActOn(checklist, $"items/{customerItem["id"]}/complete", new { });
        await CompleteItem(checklist, toolItem, "Returned");
        var again = await ActOn(checklist, $"items/{toolItem["id"]}/complete", new { outcome = "Lost", note = "Actually lost" });

        Assert.That((await wrong.ShouldBeProblem(HttpStatusCode.BadRequest))["detail"]!.GetValue<string>(), Does.StartWith("A Customer item ends Reassigned, not Lost."));
        Assert.That((await missing.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { "outcome", "note" }));
        await again.ShouldBeProblem(HttpStatusCode.Conflict, "HC-4");
    }

    [Test]
    public async Task HC4_waiving_needs_a_manager_and_a_reason()
    {
        var byLeaver = await ActOn(checklist, $"items/{toolItem["id"]}/waive", new { reason = "Mine anyway" }, await AsTechnician(LeaverId));
        var byHr = await ActOn(checklist, $"items/{toolItem["id"]}/waive", new { reason = "Old tool" }, await As(Roles.HR));
        var withoutReason = await ActOn(checklist, $"items/{toolItem["id"]}/waive", new { reason = " " });

        var waived = await DoOn(checklist, $"items/{toolItem["id"]}/waive", new { reason = "Worn out; written off by the store" });

        await byLeaver.ShouldBeProblem(HttpStatusCode.Forbidden);
        await byHr.ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.That((await withoutReason.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { "reason" }));
        var item = Items(waived, "Property").Single();
        Assert.Multiple(() =>
        {
            Assert.That(item["state"]!.GetValue<string>(), Is.EqualTo("Waived"));
            Assert.That(item["note"]!.GetValue<string>(), Is.EqualTo("Worn out; written off by the store"));
            Assert.That(item["outcome"], Is.Null);
            Assert.That(item["endedBy"]!.GetValue<string>(), Is.EqualTo("manager.user"));
        });
    }

    [Test]
    public async Task HC4_the_leaver_completes_their_own_items_the_other_parties_may_not_and_strangers_do_not_see_the_checklist()
    {
        var stranger = (await HireTechnician("T-0099"))["id"]!.GetValue<Guid>();

        var byLeaver = await ActOn(checklist, $"items/{customerItem["id"]}/complete", new { outcome = "Reassigned", note = "Introduced Li Ming to the customer" }, await AsTechnician(LeaverId));
        var bySuccessor = await ActOn(checklist, $"items/{customerItem["id"]}/complete", new { outcome = "Reassigned", note = "Mine now" }, await AsTechnician(SuccessorId));
        var byStranger = await ActOn(checklist, $"items/{customerItem["id"]}/complete", new { outcome = "Reassigned", note = "?" }, await AsTechnician(stranger));
        var strangerReads = await (await AsTechnician(stranger)).GetAsync($"/api/v1/handovers/{checklist["id"]}");
        var successorReads = await (await AsTechnician(SuccessorId)).GetAsync($"/api/v1/handovers/{checklist["id"]}");

        var done = await byLeaver.ShouldBe(HttpStatusCode.OK);
        Assert.That(Items(done, "Customer").Single()["endedBy"]!.GetValue<string>(), Is.EqualTo($"tech-{LeaverId:N}"));
        await bySuccessor.ShouldBeProblem(HttpStatusCode.Forbidden);
        await byStranger.ShouldBeProblem(HttpStatusCode.NotFound);
        await strangerReads.ShouldBeProblem(HttpStatusCode.NotFound);
        await successorReads.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task HC4_property_is_confirmed_returned_by_the_supervisor_or_a_manager_never_by_the_leaver()
    {
        var byLeaver = await ActOn(checklist, $"items/{toolItem["id"]}/complete", new { outcome = "Returned", note = "Put it back myself" }, await AsTechnician(LeaverId));
        var bySupervisor = await ActOn(checklist, $"items/{toolItem["id"]}/complete", new { outcome = "Returned", note = "Checked back into the store" }, await AsTechnician(SupervisorId));

        Assert.That((await byLeaver.ShouldBeProblem(HttpStatusCode.Conflict, "HC-4"))["detail"]!.GetValue<string>(),
            Is.EqualTo("HC-4: Return, transfer or record as lost: Tool Torque wrench (asset TW-01): property is confirmed returned by the supervisor or a Manager, never by the leaver"));
        var done = await bySupervisor.ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(Items(done, "Property").Single()["state"]!.GetValue<string>(), Is.EqualTo("Done"));
            Assert.That(Items(done, "Property").Single()["endedBy"]!.GetValue<string>(), Is.EqualTo($"tech-{SupervisorId:N}"));
        });
    }

    [Test]
    public async Task HC4_an_unknown_item_is_404_and_a_stale_if_match_is_412()
    {
        var manager = await As(Roles.Manager);
        var stale = checklist["version"]!.GetValue<uint>();
        await CompleteItem(checklist, toolItem, "Returned");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/handovers/{checklist["id"]}/items/{customerItem["id"]}/complete")
        {
            Content = JsonContent.Create(new { outcome = "Reassigned", note = "late" }),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{stale}\""));

        var unknown = await ActOn(checklist, $"items/{Guid.NewGuid()}/waive", new { reason = "no such item" });
        var staleResponse = await manager.SendAsync(request);

        await unknown.ShouldBeProblem(HttpStatusCode.NotFound);
        await staleResponse.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
    }
}
