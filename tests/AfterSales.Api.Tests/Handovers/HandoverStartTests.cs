using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Handovers;

/// <summary>HC-1 starting a checklist over HTTP, HC-2 the items it lists, also for records that reach the leaver later.</summary>
public sealed class HandoverStartTests : HandoverTest
{
    [Test]
    public async Task HC1_starting_returns_201_and_the_technician_becomes_leaving_so_an_assignment_to_them_is_409_TE2()
    {
        var response = await StartResponse(StartBody());

        var checklist = await response.ShouldBe(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/handovers/{checklist["id"]}"));
            Assert.That(response.Headers.ETag, Is.Not.Null);
            Assert.That(checklist["technicianId"]!.GetValue<Guid>(), Is.EqualTo(LeaverId));
            Assert.That(checklist["reason"]!.GetValue<string>(), Is.EqualTo("Resignation"));
            Assert.That(checklist["effectiveDate"]!.GetValue<string>(), Is.EqualTo("2026-11-30"));
            Assert.That(checklist["successorId"]!.GetValue<Guid>(), Is.EqualTo(SuccessorId));
            Assert.That(checklist["supervisorId"]!.GetValue<Guid>(), Is.EqualTo(SupervisorId));
            Assert.That(checklist["status"]!.GetValue<string>(), Is.EqualTo("Open"));
            Assert.That(checklist["overdue"]!.GetValue<bool>(), Is.False);
            Assert.That(checklist["items"]!.AsArray(), Is.Empty);
            Assert.That(checklist["signOffs"]!.AsArray(), Is.Empty);
        });

        var leaver = await Read($"technicians/{LeaverId}");
        var order = await Register();
        var assign = await Act(order, "assign", new { technicianId = LeaverId });
        var dispatcher = await As(Roles.Dispatcher);
        var care = await dispatcher.PostAsJsonAsync($"/api/v1/customers/{Customer["id"]}/responsible-technician", new { technicianId = LeaverId });

        Assert.That(leaver["status"]!.GetValue<string>(), Is.EqualTo("Leaving"));
        var problem = await assign.ShouldBeProblem(HttpStatusCode.Conflict, "TE-2");
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo("TE-2: technician T-0042 is Leaving"));
        await care.ShouldBeProblem(HttpStatusCode.Conflict, "TE-2");
    }

    [Test]
    public async Task HC1_the_successor_must_be_active_and_someone_other_than_the_leaver()
    {
        var admin = await As(Roles.Admin);
        await (await admin.PostAsync($"/api/v1/technicians/{SuccessorId}/leave", null)).ShouldBe(HttpStatusCode.OK);

        var onLeave = await StartResponse(StartBody());
        var self = await StartResponse(StartBody(successorId: LeaverId));

        var problem = await onLeave.ShouldBeProblem(HttpStatusCode.Conflict, "HC-1");
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo("HC-1: the successor T-0043 is OnLeave; a successor must be Active"));
        Assert.That((await self.ShouldBeProblem(HttpStatusCode.Conflict, "HC-1"))["detail"]!.GetValue<string>(), Is.EqualTo("HC-1: technician T-0042 cannot be their own successor"));
        Assert.That((await Read("handovers"))["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That((await Read($"technicians/{LeaverId}"))["status"]!.GetValue<string>(), Is.EqualTo("Active"));
    }

    [Test]
    public async Task HC1_the_supervisor_is_the_leavers_supervising_technician_and_not_the_successor()
    {
        var anotherSupervisor = await StartResponse(new { technicianId = LeaverId, reason = "Resignation", effectiveDate = EffectiveDate, successorId = SuccessorId, supervisorId = SuccessorId });
        var supervisorAsSuccessor = await StartResponse(StartBody(successorId: SupervisorId));

        Assert.That((await anotherSupervisor.ShouldBeProblem(HttpStatusCode.Conflict, "HC-1"))["detail"]!.GetValue<string>(),
            Is.EqualTo("HC-1: the supervisor of the handover of T-0042 is their supervising technician"));
        Assert.That((await supervisorAsSuccessor.ShouldBeProblem(HttpStatusCode.Conflict, "HC-1"))["detail"]!.GetValue<string>(),
            Is.EqualTo("HC-1: the successor and the supervisor sign off as two different people, beside the leaver; name another successor"));
        Assert.That((await Read("handovers"))["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task HC1_a_team_lead_with_no_supervising_technician_is_supervised_by_a_manager_who_signs_once()
    {
        // The successor's user is also a Manager: they receive, and so cannot also supervise.
        var successorWhoManages = await AsLinked("manager.li", SuccessorId, Roles.Manager);
        var anotherManager = await As("manager.amy", Roles.Manager);
        var teamLeadsHandover = await (await StartResponse(new { technicianId = SupervisorId, reason = "Retirement", effectiveDate = EffectiveDate, successorId = SuccessorId }))
            .ShouldBe(HttpStatusCode.Created);

        await DoOn(teamLeadsHandover, "sign-offs", new { party = "Receiver" }, successorWhoManages);
        var twice = await ActOn(teamLeadsHandover, "sign-offs", new { party = "Supervisor" }, successorWhoManages);
        var signed = await DoOn(teamLeadsHandover, "sign-offs", new { party = "Supervisor" }, anotherManager);

        Assert.That((await twice.ShouldBeProblem(HttpStatusCode.Conflict, "HC-5"))["detail"]!.GetValue<string>(),
            Is.EqualTo("HC-5: manager.li is not the Supervisor of this handover; each party signs as themselves"));
        Assert.Multiple(() =>
        {
            Assert.That(teamLeadsHandover["supervisorId"], Is.Null, "a Manager supervises");
            Assert.That(signed["signOffs"]!.AsArray().Select(signOff => signOff!["by"]!.GetValue<string>()), Is.EqualTo(new[] { "manager.li", "manager.amy" }));
        });
    }

    [Test]
    public async Task HC1_a_second_open_checklist_for_the_technician_is_409()
    {
        await Start();

        var second = await StartResponse(StartBody());

        var problem = await second.ShouldBeProblem(HttpStatusCode.Conflict, "HC-1");
        Assert.That(problem["ruleId"]!.GetValue<string>(), Is.EqualTo("HC-1"));
        Assert.That((await Read("handovers"))["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task HC1_a_transfer_needs_the_new_team_and_unknown_technicians_are_400()
    {
        var withoutTeam = await StartResponse(StartBody("Transfer"));
        var teamWithoutTransfer = await StartResponse(StartBody("Retirement", newTeam: "West"));
        var unknown = await StartResponse(new { technicianId = Guid.NewGuid(), reason = "Dismissal", effectiveDate = EffectiveDate, successorId = SuccessorId, supervisorId = SupervisorId });
        var empty = await StartResponse(new { });

        Assert.That((await withoutTeam.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { "newTeam" }));
        Assert.That((await teamWithoutTransfer.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { "newTeam" }));
        Assert.That((await unknown.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { "technicianId" }));
        Assert.That(
            (await empty.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(error => error.Key),
            Is.EquivalentTo(new[] { "technicianId", "reason", "effectiveDate", "successorId" }), "the supervisor follows from the leaver (HC-1)");
    }

    [TestCase(Roles.Admin)]
    [TestCase(Roles.TeamLead)]
    [TestCase(Roles.HR)]
    [TestCase(Roles.Technician)]
    public async Task HC1_only_a_manager_starts_a_checklist(string role)
    {
        var client = await As(role);

        var response = await client.PostAsJsonAsync("/api/v1/handovers", StartBody());

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task HC2_items_are_filled_in_from_customers_open_orders_cash_receivables_and_property()
    {
        var dispatcher = await As(Roles.Dispatcher);
        await (await dispatcher.PostAsJsonAsync($"/api/v1/customers/{Customer["id"]}/responsible-technician", new { technicianId = LeaverId })).ShouldBe(HttpStatusCode.OK);
        var open = await OrderOfLeaver(started: true, serviceType: "Paid", labour: 250.00m);
        var cash = (await Do(open, "payments", new { amount = 80.00m, method = "Cash" }, Roles.Technician))["payments"]![0]!;
        var cancelled = await OrderOfLeaver();
        await Do(cancelled, "cancel", new { reason = "customer fixed it" });
        var tool = await IssueTool();

        var checklist = await Start();

        Assert.Multiple(() =>
        {
            Assert.That(Items(checklist).Select(item => item["kind"]!.GetValue<string>()), Is.EqualTo(new[] { "Customer", "WorkOrder", "Receivable", "Property" }));
            Assert.That(ItemFor(checklist, IdOf(Customer))["description"]!.GetValue<string>(), Is.EqualTo("Reassign customer Huadong Precision (021-55550001)"));
            Assert.That(ItemFor(checklist, IdOf(open))["description"]!.GetValue<string>(), Is.EqualTo($"Reassign work order {open["number"]} (InProgress)"));
            Assert.That(ItemFor(checklist, IdOf(cash))["description"]!.GetValue<string>(), Is.EqualTo($"Remit the cash of 80.00 collected on {open["number"]} on 2026-11-16"));
            Assert.That(ItemFor(checklist, IdOf(cash))["cash"]!.GetValue<bool>(), Is.True);
            Assert.That(ItemFor(checklist, IdOf(tool))["description"]!.GetValue<string>(), Is.EqualTo("Return, transfer or record as lost: Tool Torque wrench (asset TW-01)"));
            Assert.That(Items(checklist).Select(item => item["state"]!.GetValue<string>()), Is.All.EqualTo("Pending"));
        });
    }

    [Test]
    public async Task HC2_a_receivable_opened_cash_taken_and_property_issued_after_the_start_are_added()
    {
        var order = await OrderOfLeaver(started: true, serviceType: "Paid", labour: 300.00m);
        var checklist = await Start();
        Assert.That(Items(checklist).Select(item => item["kind"]!.GetValue<string>()), Is.EqualTo(new[] { "WorkOrder" }));

        var paid = await Do(order, "payments", new { amount = 120.00m, method = "Cash" }, Roles.Technician);
        await Do(order, "resolve", new { summary = "Fixed by phone" }, Roles.Technician);
        var tool = await IssueTool("TW-02", "Replacement torque wrench");

        var current = await Read($"handovers/{checklist["id"]}");
        var receivable = (await Read($"receivables?technicianId={LeaverId}"))["items"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(ItemFor(current, IdOf(receivable))["description"]!.GetValue<string>(), Is.EqualTo($"Settle or transfer the receivable of 180.00 on {order["number"]}"));
            Assert.That(ItemFor(current, IdOf(paid["payments"]![0]!))["kind"]!.GetValue<string>(), Is.EqualTo("Receivable"));
            Assert.That(ItemFor(current, IdOf(tool))["kind"]!.GetValue<string>(), Is.EqualTo("Property"));
            Assert.That(Items(current).Count(), Is.EqualTo(4));
        });
    }

    [Test]
    public async Task HC2_a_closed_order_of_the_leaver_reopened_after_the_start_is_added()
    {
        var order = await OrderOfLeaver(started: true);
        await Do(order, "resolve", new { summary = "Fixed by phone" }, Roles.Technician);
        await Do(order, "follow-up", new { satisfied = true, survey = new { attitude = 4, skill = 4, punctuality = 4, promiseKeeping = 4 }, comments = "Fine" });
        var checklist = await Start();

        await Do(order, "reopen", new { reason = "The vibration is back" });

        var current = await Read($"handovers/{checklist["id"]}");
        Assert.That(Items(checklist), Is.Empty);
        Assert.That(ItemFor(current, IdOf(order))["description"]!.GetValue<string>(), Is.EqualTo($"Reassign work order {order["number"]} (Assigned)"));
    }
}
