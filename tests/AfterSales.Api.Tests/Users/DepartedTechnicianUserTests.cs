using System.Net;
using AfterSales.Api.Tests.Handovers;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Users;

/// <summary>HC-5 r2, X-5: the completed handover of a technician who departs disables their user, in the completion's transaction.</summary>
public sealed class DepartedTechnicianUserTests : HandoverTest
{
    [Test]
    public async Task X5_completing_a_departure_disables_the_leavers_user_and_their_next_request_is_401()
    {
        var leaver = await AsTechnician(LeaverId);
        var checklist = await Start();
        await SignOffAll(checklist);

        await DoOn(checklist, "complete");

        await (await leaver.GetAsync($"/api/v1/technicians/{LeaverId}")).ShouldBeProblem(HttpStatusCode.Unauthorized);
        Assert.That((await UserOf(LeaverId))["disabled"]!.GetValue<bool>(), Is.True);
        Assert.That((await UserOf(SuccessorId))["disabled"]!.GetValue<bool>(), Is.False);
        await (await (await As(Roles.Admin)).PostAsync($"/api/v1/users/{(await UserOf(LeaverId))["id"]}/enable", null))
            .ShouldBeProblem(HttpStatusCode.Conflict, "X-5");
    }

    [Test]
    public async Task X5_a_transfer_leaves_the_technicians_user_enabled()
    {
        var leaver = await AsTechnician(LeaverId);
        var checklist = await Start("Transfer", newTeam: "West");
        await SignOffAll(checklist);

        await DoOn(checklist, "complete");

        await (await leaver.GetAsync($"/api/v1/technicians/{LeaverId}")).ShouldBe(HttpStatusCode.OK);
        Assert.That((await UserOf(LeaverId))["disabled"]!.GetValue<bool>(), Is.False);
    }

    [Test]
    public async Task X5_a_completion_that_fails_after_the_user_was_disabled_leaves_the_user_enabled()
    {
        var leaver = await AsTechnician(LeaverId);
        var checklist = await Start();
        await SignOffAll(checklist);
        Factory.RefusedDepartures.Refuse(LeaverId); // a reaction after the one that disables the user

        await (await ActOn(checklist, "complete")).ShouldBeProblem(HttpStatusCode.Conflict, "TEST-2");

        await (await leaver.GetAsync($"/api/v1/technicians/{LeaverId}")).ShouldBe(HttpStatusCode.OK);
        Assert.That((await UserOf(LeaverId))["disabled"]!.GetValue<bool>(), Is.False);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> UserOf(Guid technicianId)
    {
        var admin = await Factory.ClientAs("user.admin", Roles.Admin);
        var users = await (await admin.GetAsync("/api/v1/users?pageSize=100")).ShouldBe(HttpStatusCode.OK);
        return users["items"]!.AsArray().Single(user => user!["technicianId"]?.GetValue<Guid>() == technicianId)!;
    }
}
