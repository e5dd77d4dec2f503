using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>Shared steps for work-order tests: a customer with one machine, an active technician, and the actions by role.</summary>
public abstract class WorkOrderTest : ApiTest
{
    protected JsonNode Customer { get; private set; } = null!;

    protected JsonNode Technician { get; private set; } = null!;

    protected Guid TechnicianId => Technician["id"]!.GetValue<Guid>();

    protected Guid EquipmentId => Customer["equipment"]![0]!["id"]!.GetValue<Guid>();

    [SetUp]
    public async Task CreateCustomerAndTechnicianAsync()
    {
        Technician = await HireTechnician("T-0042", supervisorId: await HireTechniciansSupervisorAsync());
        Customer = await RegisterCustomer(new
        {
            name = "Huadong Precision",
            phone = "021-55550001",
            address = "100 Zhangjiang Rd",
            zone = "Urban",
            // Under warranty until 2027-06-01, then under contract until 2028-06-01.
            equipment = new[] { Machine("CNC-5000", "SN-1", "2025-06-01", "2027-06-01", "2028-06-01") },
        });
    }

    protected async Task<JsonNode> Register(string? receivedAt = null, string priority = "Normal", string zone = "Urban", string? serviceType = null)
    {
        var response = await RegisterResponse(receivedAt, priority, zone, serviceType);
        return await response.ShouldBe(HttpStatusCode.Created);
    }

    protected async Task<HttpResponseMessage> RegisterResponse(string? receivedAt = null, string priority = "Normal", string zone = "Urban", string? serviceType = null)
    {
        var dispatcher = await As(Roles.Dispatcher);
        return await dispatcher.PostAsJsonAsync("/api/v1/work-orders", new
        {
            customerId = Customer["id"]!.GetValue<Guid>(),
            equipmentId = EquipmentId,
            problemDescription = "Spindle vibrates above 3000 rpm",
            zone,
            priority,
            channel = "Phone",
            serviceType,
            receivedAt,
        });
    }

    protected async Task<HttpResponseMessage> Act(JsonNode order, string action, object? body = null, string role = Roles.Manager)
    {
        var client = await ClientFor(role);
        return await client.PostAsJsonAsync($"/api/v1/work-orders/{order["id"]}/{action}", body ?? new { });
    }

    /// <summary>A caller in <paramref name="role"/>: the assigned technician for Technician, and East's lead for TeamLead (X-4: their team is T-0042's).</summary>
    protected async Task<HttpClient> ClientFor(string role) => role switch
    {
        Roles.Technician => await AsAssignedTechnician(),
        Roles.TeamLead => await AsLeadOf("East"),
        _ => await As(role),
    };

    protected async Task<JsonNode> Do(JsonNode order, string action, object? body = null, string role = Roles.Manager) =>
        await (await Act(order, action, body, role)).ShouldBe(HttpStatusCode.OK);

    protected Task<HttpClient> AsAssignedTechnician() => AsTechnician(TechnicianId);

    /// <summary>Hires whoever supervises T-0042 before T-0042 is hired; nobody by default.</summary>
    protected virtual Task<Guid?> HireTechniciansSupervisorAsync() => Task.FromResult<Guid?>(null);

    protected static async Task<HttpClient> AsTechnician(Guid technicianId)
    {
        var response = await Anonymous().PostAsJsonAsync("/api/v1/auth/dev-token", new { userName = $"tech-{technicianId:N}", roles = new[] { Roles.Technician }, technicianId });
        var token = (await response.ShouldBe(HttpStatusCode.OK))["accessToken"]!.GetValue<string>();
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>Registered, assigned, contacted with a window starting at <paramref name="appointmentStart"/>, planned on site, arrived, started.</summary>
    protected async Task<JsonNode> OnSiteInProgress(string appointmentStart = "2026-11-16T14:00:00+08:00", string appointmentEnd = "2026-11-16T16:00:00+08:00")
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "plan", new { method = "OnSite" });
        await Do(order, "contact", new { appointmentStart, appointmentEnd, note = "Customer available after lunch" });
        Factory.Clock.SetUtcNow(DateTimeOffset.Parse(appointmentStart, System.Globalization.CultureInfo.InvariantCulture).AddMinutes(10));
        await Do(order, "arrive", new { }, Roles.Technician);
        return await Do(order, "start", null, Roles.Technician);
    }

    /// <summary>WO-9 (r2): the customer's sign-off with their signature, a file the assigned technician uploaded (X-6).</summary>
    protected async Task<object> SignOff(string name, string? at = null) =>
        new { name, at, signatureFileId = await (await AsAssignedTechnician()).UploadAsync(SampleFiles.Png(256), "signature.png") };

    /// <summary>WO-9 (r2): a photo, an image the assigned technician uploaded (X-6).</summary>
    protected async Task<object> Photo(string caption) =>
        new { fileId = await (await AsAssignedTechnician()).UploadAsync(SampleFiles.Jpeg(512), "photo.jpg"), caption };

    /// <summary>The clock of that name that runs now: its latest round (WO-13 r2).</summary>
    protected async Task<JsonNode> Sla(JsonNode order, string clock) => (await Rounds(order, clock))[^1];

    /// <summary>Every round of the clock of that name, first to latest (WO-13 r2).</summary>
    protected async Task<List<JsonNode>> Rounds(JsonNode order, string clock)
    {
        var manager = await As(Roles.Manager);
        var clocks = await (await manager.GetAsync($"/api/v1/work-orders/{order["id"]}/sla")).ShouldBe(HttpStatusCode.OK);
        return [.. clocks.AsArray().Where(c => c!["clock"]!.GetValue<string>() == clock).Select(c => c!)];
    }

    protected static DateTimeOffset Instant(JsonNode? value) =>
        DateTimeOffset.Parse(value!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

    protected static DateTimeOffset Shanghai(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));
}
