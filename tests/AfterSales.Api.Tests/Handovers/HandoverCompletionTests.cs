using System.Net;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Handovers;

/// <summary>HC-5 sign-offs and completion over HTTP, HC-6 the overdue list.</summary>
public sealed class HandoverCompletionTests : HandoverTest
{
    [Test]
    public async Task HC5_completion_is_409_naming_the_pending_items_and_the_missing_sign_offs()
    {
        await IssueTool();
        var checklist = await Start();
        await DoOn(checklist, "items", new { kind = "Account", systemName = "ERP", userName = "zhangwei", description = "Disable the ERP login" });
        await DoOn(checklist, "sign-offs", new { party = "Leaver" }, await AsTechnician(LeaverId));

        var response = await ActOn(checklist, "complete");

        var problem = await response.ShouldBeProblem(HttpStatusCode.Conflict, "HC-5");
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo(
            "HC-5: the handover of T-0042 cannot complete yet: 2 item(s) pending "
            + "(Return, transfer or record as lost: Tool Torque wrench (asset TW-01); Disable the ERP login); "
            + "sign-offs missing: Receiver, Supervisor"));
        Assert.That((await Read($"technicians/{LeaverId}"))["status"]!.GetValue<string>(), Is.EqualTo("Leaving"));
    }

    [Test]
    public async Task HC5_each_party_signs_as_themselves_and_nobody_signs_for_them_not_even_a_manager()
    {
        var checklist = await Start();
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 20, 16));

        var successorAsLeaver = await ActOn(checklist, "sign-offs", new { party = "Leaver" }, await AsTechnician(SuccessorId));
        var managerForTheLeaver = await ActOn(checklist, "sign-offs", new { party = "Leaver" });
        var hrAsSupervisor = await ActOn(checklist, "sign-offs", new { party = "Supervisor" }, await As(Roles.HR));
        var leaver = await DoOn(checklist, "sign-offs", new { party = "Leaver" }, await AsTechnician(LeaverId));
        var again = await ActOn(checklist, "sign-offs", new { party = "Leaver" }, await AsTechnician(LeaverId));
        var signed = await DoOn(checklist, "sign-offs", new { party = "Supervisor" }, await AsTechnician(SupervisorId));

        Assert.That((await successorAsLeaver.ShouldBeProblem(HttpStatusCode.Conflict, "HC-5"))["detail"]!.GetValue<string>(),
            Is.EqualTo($"HC-5: tech-{SuccessorId:N} is not the Leaver of this handover; each party signs as themselves"));
        await managerForTheLeaver.ShouldBeProblem(HttpStatusCode.Conflict, "HC-5");
        await hrAsSupervisor.ShouldBeProblem(HttpStatusCode.Conflict, "HC-5");
        Assert.That((await again.ShouldBeProblem(HttpStatusCode.Conflict, "HC-5"))["detail"]!.GetValue<string>(), Is.EqualTo("HC-5: the Leaver has already signed off"));
        Assert.That(leaver["signOffs"]!.AsArray().Single()!["by"]!.GetValue<string>(), Is.EqualTo($"tech-{LeaverId:N}"));
        var signOffs = signed["signOffs"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(signed["supervisorId"]!.GetValue<Guid>(), Is.EqualTo(SupervisorId), "the leaver's supervising technician, not named at the start");
            Assert.That(signOffs.Select(signOff => signOff!["party"]!.GetValue<string>()), Is.EqualTo(new[] { "Leaver", "Supervisor" }));
            Assert.That(signOffs[1]!["by"]!.GetValue<string>(), Is.EqualTo($"tech-{SupervisorId:N}"));
            Assert.That(Instant(signOffs[1]!["at"]), Is.EqualTo(Shanghai(2026, 11, 20, 16)));
        });
    }

    [Test]
    public async Task HC5_a_transfer_moves_the_technician_to_the_new_team_active_again()
    {
        var checklist = await Start("Transfer", newTeam: "West");
        await SignOffAll(checklist);

        var completed = await DoOn(checklist, "complete");

        var technician = await Read($"technicians/{LeaverId}");
        Assert.Multiple(() =>
        {
            Assert.That(completed["newTeam"]!.GetValue<string>(), Is.EqualTo("West"));
            Assert.That(completed["status"]!.GetValue<string>(), Is.EqualTo("Completed"));
            Assert.That(technician["team"]!.GetValue<string>(), Is.EqualTo("West"));
            Assert.That(technician["status"]!.GetValue<string>(), Is.EqualTo("Active"));
        });
        await (await ActOn(checklist, "complete")).ShouldBeProblem(HttpStatusCode.Conflict, "HC-5");
    }

    [Test]
    public async Task HC5_only_a_manager_completes_and_a_stale_if_match_is_412()
    {
        var checklist = await Start();
        var stale = checklist["version"]!.GetValue<uint>();
        var signed = await SignOffAll(checklist);
        var manager = await As(Roles.Manager);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/handovers/{checklist["id"]}/complete");
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{stale}\""));

        var byLead = await ActOn(checklist, "complete", client: await As(Roles.TeamLead));
        var staleResponse = await manager.SendAsync(request);

        await byLead.ShouldBeProblem(HttpStatusCode.Forbidden);
        await staleResponse.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        Assert.That(signed["status"]!.GetValue<string>(), Is.EqualTo("Open"));
    }

    [Test]
    public async Task HC6_a_checklist_open_after_its_effective_date_is_overdue_from_the_next_company_day()
    {
        var checklist = await Start(effectiveDate: "2026-11-20");

        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 20, 23, 59));
        var onTheDay = await Read($"handovers/{checklist["id"]}");
        var listedOnTheDay = await Read("handovers?overdue=true");
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 21, 0, 0));
        var dayAfter = await Read($"handovers/{checklist["id"]}");
        var listedDayAfter = await Read("handovers?overdue=true");
        var notOverdue = await Read("handovers?overdue=false");
        var completed = await Read("handovers?status=Completed");

        Assert.Multiple(() =>
        {
            Assert.That(onTheDay["overdue"]!.GetValue<bool>(), Is.False);
            Assert.That(listedOnTheDay["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(dayAfter["overdue"]!.GetValue<bool>(), Is.True);
            Assert.That(listedDayAfter["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>()), Is.EqualTo(new[] { IdOf(checklist) }));
            Assert.That(notOverdue["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(completed["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
        });
    }

    [Test]
    public async Task HC6_a_completed_checklist_is_no_longer_overdue()
    {
        var checklist = await Start(effectiveDate: "2026-11-20");
        await SignOffAll(checklist);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 23, 9));

        var completed = await DoOn(checklist, "complete");

        Assert.That(completed["overdue"]!.GetValue<bool>(), Is.False);
        Assert.That((await Read("handovers?overdue=true"))["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That((await Read("handovers?status=Completed"))["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [TestCase(Roles.Manager, HttpStatusCode.OK)]
    [TestCase(Roles.HR, HttpStatusCode.OK)]
    [TestCase(Roles.Dispatcher, HttpStatusCode.Forbidden)]
    [TestCase(Roles.TeamLead, HttpStatusCode.Forbidden)]
    [TestCase(Roles.Technician, HttpStatusCode.Forbidden)]
    public async Task HC6_the_list_is_read_by_managers_and_hr(string role, HttpStatusCode expected)
    {
        var client = await As(role);

        var response = await client.GetAsync("/api/v1/handovers?overdue=true");

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }
}
