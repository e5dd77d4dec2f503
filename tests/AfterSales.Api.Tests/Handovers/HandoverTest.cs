using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Api.Tests.WorkOrders;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Handovers;

/// <summary>
/// <see cref="WorkOrderTest"/>'s technician T-0042 leaves; T-0043 succeeds them and their supervising technician,
/// team lead T-0001, supervises (HC-1).
/// The clock starts Monday 16 November 2026, 10:00 in Shanghai.
/// </summary>
public abstract class HandoverTest : WorkOrderTest
{
    protected const string EffectiveDate = "2026-11-30";

    protected Guid LeaverId => TechnicianId;

    protected Guid SuccessorId { get; private set; }

    protected Guid SupervisorId { get; private set; }

    [SetUp]
    public async Task HireSuccessorAsync() => SuccessorId = (await HireTechnician("T-0043"))["id"]!.GetValue<Guid>();

    /// <summary>The supervisor is not named: it is the leaver's supervising technician.</summary>
    protected object StartBody(string reason = "Resignation", string? newTeam = null, Guid? successorId = null, string effectiveDate = EffectiveDate) =>
        new { technicianId = LeaverId, reason, effectiveDate, successorId = successorId ?? SuccessorId, newTeam };

    protected async Task<HttpResponseMessage> StartResponse(object body) => await (await As(Roles.Manager)).PostAsJsonAsync("/api/v1/handovers", body);

    protected async Task<JsonNode> Start(string reason = "Resignation", string? newTeam = null, string effectiveDate = EffectiveDate) =>
        await (await StartResponse(StartBody(reason, newTeam, effectiveDate: effectiveDate))).ShouldBe(HttpStatusCode.Created);

    /// <summary><c>POST /handovers/{id}/{action}</c> as <paramref name="client"/>, by default a Manager.</summary>
    protected async Task<HttpResponseMessage> ActOn(JsonNode checklist, string action, object? body = null, HttpClient? client = null) =>
        await (client ?? await As(Roles.Manager)).PostAsJsonAsync($"/api/v1/handovers/{checklist["id"]}/{action}", body ?? new { });

    protected async Task<JsonNode> DoOn(JsonNode checklist, string action, object? body = null, HttpClient? client = null) =>
        await (await ActOn(checklist, action, body, client)).ShouldBe(HttpStatusCode.OK);

    protected Task<JsonNode> CompleteItem(JsonNode checklist, JsonNode item, string outcome, Guid? newTechnicianId = null, HttpClient? client = null) =>
        DoOn(checklist, $"items/{item["id"]}/complete", new { outcome, note = $"{outcome} on the handover walk-through", newTechnicianId }, client);

    /// <summary>The leaver, the receiver and the supervisor each sign as themselves (HC-5).</summary>
    protected async Task<JsonNode> SignOffAll(JsonNode checklist)
    {
        await DoOn(checklist, "sign-offs", new { party = "Leaver" }, await AsTechnician(LeaverId));
        await DoOn(checklist, "sign-offs", new { party = "Receiver" }, await AsTechnician(SuccessorId));
        return await DoOn(checklist, "sign-offs", new { party = "Supervisor" }, await AsTechnician(SupervisorId));
    }

    protected override async Task<Guid?> HireTechniciansSupervisorAsync() =>
        SupervisorId = (await HireTechnician("T-0001", position: "TeamLead"))["id"]!.GetValue<Guid>();

    protected async Task<JsonNode> Read(string path)
    {
        var manager = await As(Roles.Manager);
        return await (await manager.GetAsync($"/api/v1/{path}")).ShouldBe(HttpStatusCode.OK);
    }

    protected static JsonNode ItemFor(JsonNode checklist, Guid referenceId) =>
        Items(checklist).Single(item => item["referenceId"]?.GetValue<Guid>() == referenceId);

    protected static IEnumerable<JsonNode> Items(JsonNode checklist, string? kind = null) =>
        checklist["items"]!.AsArray().Select(item => item!).Where(item => kind is null || item["kind"]!.GetValue<string>() == kind);

    protected static Guid IdOf(JsonNode node) => node["id"]!.GetValue<Guid>();

    /// <summary>Assigned, planned as phone guidance, contacted; with <paramref name="started"/>, quoted (paid work) and started by the leaver.</summary>
    protected async Task<JsonNode> OrderOfLeaver(bool started = false, string serviceType = "Warranty", decimal labour = 0.00m)
    {
        var order = await Register(serviceType: serviceType);
        await Do(order, "assign", new { technicianId = LeaverId });
        await Do(order, "plan", new { method = "PhoneGuidance" });
        order = await Do(order, "contact", new { note = "Talked the customer through it" });
        if (!started)
        {
            return order;
        }

        if (serviceType == "Paid")
        {
            await Do(order, "quote", await QuoteOf(labour, "Mr Li"));
        }

        return await Do(order, "start", role: Roles.Technician);
    }

    protected async Task<JsonNode> IssueTool(string assetTag = "TW-01", string description = "Torque wrench", decimal originalPrice = 1200.00m)
    {
        var manager = await As(Roles.Manager);
        var response = await manager.PostAsJsonAsync($"/api/v1/technicians/{LeaverId}/property", new
        {
            kind = "Tool",
            description,
            assetTag,
            issuedOn = "2024-05-01",
            originalPrice,
        });
        var technician = await response.ShouldBe(HttpStatusCode.OK);
        return technician["property"]!.AsArray().Single(item => item!["assetTag"]!.GetValue<string>() == assetTag)!;
    }
}
