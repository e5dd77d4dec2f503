using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Complaints;

/// <summary>CP-4 (r2) through HTTP: the signed-in user's technician (from their user record) may not decide a complaint they are a party to.</summary>
public sealed class ComplaintSeparationOfDutiesTests : ComplaintTest
{
    [Test]
    public async Task CP4_a_team_lead_accused_in_a_complaint_cannot_verify_it()
    {
        var lead = IdOf(await HireTechnician("T-0050", position: "TeamLead"));
        var complaint = await RegisterComplaint(technicianId: lead);
        await DoOn(complaint, "investigate", role: Roles.Dispatcher);
        var asLead = await LinkedAsync($"lead-{lead:N}", Roles.TeamLead, lead);

        var response = await asLead.PostAsJsonAsync(
            $"/api/v1/complaints/{complaint["id"]}/verify",
            new { verified = false, findings = "Nothing wrong with my work" });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "CP-4");
        Assert.That((await ReadComplaint(complaint))["status"]!.GetValue<string>(), Is.EqualTo("Investigating"));
    }

    [Test]
    public async Task CP4_a_manager_responsible_for_a_complaint_cannot_decide_its_appeal()
    {
        var complaint = await Verified(); // T-0042 responsible
        var appealed = await DoOn(complaint, "appeals", new { reason = "The seal came faulty from the warehouse" }, Roles.Technician);
        var appealId = appealed["appeals"]![0]!["id"]!.GetValue<Guid>();
        var asResponsibleManager = await LinkedAsync($"tech-{TechnicianId:N}", Roles.Manager, TechnicianId);

        var response = await asResponsibleManager.PostAsJsonAsync(
            $"/api/v1/complaints/{complaint["id"]}/appeals/{appealId}/decide",
            new { upheld = true, note = "Upheld" });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "CP-4");
    }

    private static async Task<HttpClient> LinkedAsync(string userName, string role, Guid technicianId)
    {
        var token = await (await Anonymous().PostAsJsonAsync("/api/v1/auth/dev-token", new { userName, roles = new[] { role }, technicianId })).ShouldBe(HttpStatusCode.OK);
        return Factory.ClientWith(token["accessToken"]!.GetValue<string>());
    }
}
