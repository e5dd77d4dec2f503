using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FaultDrill;

/// <summary>The few AfterSales calls the drills make, against one or more instances of the API.</summary>
internal sealed class AfterSalesApi : IDisposable
{
    /// <summary>Longer than any bound the drills assert, so a hung request shows up as slow rather than vanishing.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    private readonly HttpClient http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) }) { Timeout = RequestTimeout };

    private AfterSalesApi(IReadOnlyList<Uri> instances) => Instances = instances;

    public IReadOnlyList<Uri> Instances { get; }

    public string DispatcherToken { get; private set; } = "";

    public string AdminToken { get; private set; } = "";

    public string HrToken { get; private set; } = "";

    /// <summary>The customer and machine every drill order is registered for.</summary>
    public (Guid Customer, Guid Equipment) Machine { get; private set; }

    /// <summary>Tokens from the first instance (all instances share the signing key) and a fresh customer with one machine.</summary>
    public static async Task<AfterSalesApi> ConnectAsync(IReadOnlyList<Uri> instances, CancellationToken cancellationToken)
    {
        var api = new AfterSalesApi(instances);
        try
        {
            api.DispatcherToken = await api.TokenAsync("drill.dispatcher", "Dispatcher", cancellationToken);
            api.AdminToken = await api.TokenAsync("drill.admin", "Admin", cancellationToken);
            api.HrToken = await api.TokenAsync("drill.hr", "HR", cancellationToken);
            var drillId = Guid.NewGuid().ToString("N");
            var customer = await api.ExpectAsync(
                HttpStatusCode.Created,
                api.Post(0, "api/v1/customers", api.DispatcherToken, new
                {
                    name = $"Drill customer {drillId}",
                    phone = "021-55550001",
                    address = "1 Drill Rd",
                    zone = "Urban",
                    equipment = new[] { new { model = "CNC-5000", serialNumber = $"SN-{drillId}", purchaseDate = "2025-06-01", warrantyEndsOn = "2027-06-01" } },
                }),
                cancellationToken);
            api.Machine = (customer["id"]!.GetValue<Guid>(), customer["equipment"]![0]!["id"]!.GetValue<Guid>());
            return api;
        }
        catch
        {
            api.Dispose();
            throw;
        }
    }

    public HttpRequestMessage RegisterWorkOrder(int instance, string problem = "Spindle vibrates above 3000 rpm", DateTimeOffset? receivedAt = null) =>
        Post(instance, "api/v1/work-orders", DispatcherToken, new
        {
            customerId = Machine.Customer,
            equipmentId = Machine.Equipment,
            problemDescription = problem,
            priority = "Normal",
            channel = "Phone",
            receivedAt,
        });

    public HttpRequestMessage Get(int instance, string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Instances[instance], path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public HttpRequestMessage Post(int instance, string path, string token, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Instances[instance], path)) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            return await http.SendAsync(request, cancellationToken);
        }
    }

    public async Task<JsonNode> ExpectAsync(HttpStatusCode expected, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}: {body}");
        }

        return JsonNode.Parse(body)!;
    }

    public void Dispose() => http.Dispose();

    private async Task<string> TokenAsync(string userName, string role, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Instances[0], "api/v1/auth/dev-token"))
        {
            Content = JsonContent.Create(new { userName, roles = new[] { role } }),
        };
        return (await ExpectAsync(HttpStatusCode.OK, request, cancellationToken))["accessToken"]!.GetValue<string>();
    }
}
