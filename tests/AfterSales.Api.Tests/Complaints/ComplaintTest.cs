using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Api.Tests.WorkOrders;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Complaints;

/// <summary>
/// Shared steps for complaint tests, on <see cref="WorkOrderTest"/>'s customer, machine and technician T-0042:
/// registering, each action by role, and the path to a verified complaint. The clock starts Monday 2026-11-16 10:00 in Shanghai.
/// </summary>
public abstract class ComplaintTest : WorkOrderTest
{
    protected Guid CustomerId => Customer["id"]!.GetValue<Guid>();

    /// <summary>Registered by a dispatcher now, the customer promised an answer within a day.</summary>
    protected async Task<JsonNode> RegisterComplaint(
        string category = "Quality",
        string severity = "General",
        Guid? workOrderId = null,
        Guid? equipmentId = null,
        Guid? technicianId = null) =>
        await (await RegisterComplaintResponse(new
        {
            customerId = CustomerId,
            channel = "Phone",
            description = "The machine leaks oil since the last visit",
            category,
            severity,
            workOrderId,
            equipmentId,
            technicianId,
            promisedResponseBy = Factory.Clock.GetUtcNow().AddDays(1),
        })).ShouldBe(HttpStatusCode.Created);

    protected async Task<HttpResponseMessage> RegisterComplaintResponse(object body, string role = Roles.Dispatcher) =>
        await (await As(role)).PostAsJsonAsync("/api/v1/complaints", body);

    /// <summary>Posts an action; <see cref="Roles.Technician"/> acts as technician <paramref name="technicianId"/> (default T-0042).</summary>
    protected async Task<HttpResponseMessage> ActOn(JsonNode complaint, string action, object? body = null, string role = Roles.Manager, Guid? technicianId = null)
    {
        var client = role == Roles.Technician ? await AsTechnician(technicianId ?? TechnicianId) : await As(role);
        return await client.PostAsJsonAsync($"/api/v1/complaints/{complaint["id"]}/{action}", body ?? new { });
    }

    protected async Task<JsonNode> DoOn(JsonNode complaint, string action, object? body = null, string role = Roles.Manager, Guid? technicianId = null) =>
        await (await ActOn(complaint, action, body, role, technicianId)).ShouldBe(HttpStatusCode.OK);

    /// <summary>A team lead's finding that the complaint is true, with <paramref name="responsibleTechnicianId"/> answering for it (null: let CP-4 decide).</summary>
    protected Task<HttpResponseMessage> VerifyResponse(JsonNode complaint, decimal penalty = 300.00m, bool falsifiedRecord = false, Guid? responsibleTechnicianId = null) =>
        ActOn(complaint, "verify", new { verified = true, findings = "Oil seal fitted the wrong way round", responsibleTechnicianId, penalty, falsifiedRecord }, Roles.TeamLead);

    /// <summary>Registered now, investigated and verified with T-0042 responsible.</summary>
    protected async Task<JsonNode> Verified(
        string category = "Quality",
        decimal penalty = 300.00m,
        bool falsifiedRecord = false,
        Guid? workOrderId = null,
        Guid? equipmentId = null)
    {
        var complaint = await RegisterComplaint(category, workOrderId: workOrderId, equipmentId: equipmentId, technicianId: TechnicianId);
        await DoOn(complaint, "investigate", role: Roles.Dispatcher);
        return await (await VerifyResponse(complaint, penalty, falsifiedRecord, TechnicianId)).ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Verified at <paramref name="at"/> (a Shanghai wall-clock time).</summary>
    protected async Task<JsonNode> VerifiedAt(DateTimeOffset at, string category = "Quality")
    {
        Factory.Clock.SetUtcNow(at);
        return await Verified(category);
    }

    /// <summary>CP-9: the service supervisor visited the customer now.</summary>
    protected Task<JsonNode> Visited(JsonNode complaint) =>
        DoOn(complaint, "customer-contacts", new { kind = "Visit", by = "supervisor.he", at = Factory.Clock.GetUtcNow(), note = "Apologised on site" }, Roles.Dispatcher);

    protected async Task<JsonNode> ReadComplaint(JsonNode complaint, string role = Roles.Manager) =>
        await (await (await As(role)).GetAsync($"/api/v1/complaints/{complaint["id"]}")).ShouldBe(HttpStatusCode.OK);

    protected static Guid IdOf(JsonNode node) => node["id"]!.GetValue<Guid>();
}
