using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Auth;

/// <summary>
/// Issue 19: the API pointed at another OpenID Connect provider (<c>Auth:Authority</c>, <c>Auth:Audience</c>) — here a
/// second OpenIddict server on a real port — reads its discovery document and keys over HTTP and checks each token's
/// signature, issuer, audience and lifetime; that provider's <c>technician_id</c> claim is what "own" follows.
/// </summary>
public sealed class ExternalProviderTests
{
    private const string Expired = "ID2019";
    private const string IssuerNotValid = "ID2088";
    private const string SigningKeyNotFound = "ID2090";
    private const string NoValidAudience = "ID2094";

    private static ExternalProvider external = null!;
    private static ApiFactory api = null!;

    [OneTimeSetUp]
    public static async Task StartAsync()
    {
        await TestHost.ResetDatabaseAsync();
        external = await ExternalProvider.StartAsync(ApiFactory.StartOfTests);
        api = new ApiFactory(new Dictionary<string, string?>
        {
            ["Auth:Authority"] = external.Issuer,
            ["Auth:Audience"] = ExternalProvider.Audience,
        });
    }

    [OneTimeTearDown]
    public static async Task StopAsync()
    {
        await api.DisposeAsync();
        await external.DisposeAsync();
    }

    [Test]
    public async Task Its_token_is_trusted_through_its_discovery_document_and_keys()
    {
        var token = await external.TokenAsync("dora@example.com", Roles.Dispatcher);

        var customers = await api.ClientWith(token).GetAsync("/api/v1/customers");

        Assert.Multiple(() =>
        {
            Assert.That(customers.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(external.RequestsFor("/.well-known/openid-configuration"), Is.GreaterThan(0), "discovery read over HTTP");
            Assert.That(external.RequestsFor("/.well-known/jwks"), Is.GreaterThan(0), "keys read over HTTP");
        });
    }

    [Test]
    public async Task A_token_for_another_audience_is_refused()
    {
        var token = await external.TokenAsync("dora@example.com", Roles.Dispatcher, audience: "another-api");

        var response = await api.ClientWith(token).GetAsync("/api/v1/customers");

        RefusedBecause(response, NoValidAudience);
    }

    [Test]
    public async Task An_expired_token_is_refused()
    {
        external.Clock.SetUtcNow(ApiFactory.StartOfTests.AddHours(-1)); // its tokens live ten minutes
        string token;
        try
        {
            token = await external.TokenAsync("dora@example.com", Roles.Dispatcher);
        }
        finally
        {
            external.Clock.SetUtcNow(ApiFactory.StartOfTests);
        }

        var response = await api.ClientWith(token).GetAsync("/api/v1/customers");

        RefusedBecause(response, Expired);
    }

    [Test]
    public async Task A_token_signed_with_a_key_it_does_not_publish_is_refused()
    {
        var token = external.ForgedToken("dora@example.com", Roles.Dispatcher);

        var response = await api.ClientWith(token).GetAsync("/api/v1/customers");

        RefusedBecause(response, SigningKeyNotFound);
    }

    [Test]
    public async Task A_token_of_the_built_in_provider_is_refused_once_another_is_trusted()
    {
        const string secret = "built-in-provider-secret-for-tests";
        await using var builtIn = new ApiFactory(new Dictionary<string, string?>
        {
            ["Identity:Clients:erp:Secret"] = secret,
            ["Identity:Clients:erp:Roles:0"] = Roles.Dispatcher,
        });
        var issued = await builtIn.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "erp",
            ["client_secret"] = secret,
        }));
        var token = (await issued.ShouldBe(HttpStatusCode.OK))["access_token"]!.GetValue<string>();

        var response = await api.ClientWith(token).GetAsync("/api/v1/customers");

        RefusedBecause(response, IssuerNotValid);
    }

    [Test]
    public async Task X4_own_follows_the_external_providers_technician_id_claim()
    {
        var admin = api.ClientWith(await external.TokenAsync("ada@example.com", Roles.Admin));
        var dispatcher = api.ClientWith(await external.TokenAsync("dora@example.com", Roles.Dispatcher));
        var technician = await HireAsync(admin, "T-0601");
        var colleague = await HireAsync(admin, "T-0602");
        var (customer, machine) = await RegisterCustomerAsync(dispatcher);
        var own = await RegisterAssignedAsync(dispatcher, customer, machine, technician);
        var theirs = await RegisterAssignedAsync(dispatcher, customer, machine, colleague);
        var asTechnician = api.ClientWith(await external.TokenAsync("tom@example.com", Roles.Technician, technician));

        var ownOrder = await asTechnician.GetAsync($"/api/v1/work-orders/{own}");
        var theirOrder = await asTechnician.GetAsync($"/api/v1/work-orders/{theirs}");

        Assert.Multiple(async () =>
        {
            Assert.That(ownOrder.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            await theirOrder.ShouldBeProblem(HttpStatusCode.NotFound);
        });
    }

    [Test]
    public async Task The_document_offers_no_sign_in_through_the_built_in_provider()
    {
        var document = await (await api.CreateClient().GetAsync("/swagger/v1/swagger.json")).ShouldBe(HttpStatusCode.OK);

        var schemes = document["components"]!["securitySchemes"]!.AsObject().Select(scheme => scheme.Key);

        Assert.That(schemes, Is.EqualTo(new[] { "Bearer" }), "another provider's endpoints and its registration of the UI are its own");
    }

    /// <summary>Refused with 401, for the reason OpenIddict's validation names (its error id, in WWW-Authenticate).</summary>
    private static void RefusedBecause(HttpResponseMessage response, string openIddictError) =>
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("/errors/" + openIddictError));
        });

    private static async Task<Guid> HireAsync(HttpClient admin, string employeeNumber)
    {
        var hired = await admin.PostAsJsonAsync("/api/v1/technicians", new
        {
            employeeNumber,
            name = "Li Na",
            phone = "13800000601",
            team = "East",
            position = "FieldTechnician",
            payLevel = 3,
            hireDate = "2020-03-01",
        });
        return (await hired.ShouldBe(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
    }

    private static async Task<(Guid Customer, Guid Machine)> RegisterCustomerAsync(HttpClient dispatcher)
    {
        var registered = await dispatcher.PostAsJsonAsync("/api/v1/customers", new
        {
            name = "Huadong Precision",
            phone = "021-55550001",
            address = "100 Zhangjiang Rd",
            zone = "Urban",
            equipment = new[] { new { model = "CNC-5000", serialNumber = "SN-601", purchaseDate = "2025-06-01", warrantyEndsOn = "2027-06-01" } },
        });
        var customer = await registered.ShouldBe(HttpStatusCode.Created);
        return (customer["id"]!.GetValue<Guid>(), customer["equipment"]![0]!["id"]!.GetValue<Guid>());
    }

    private static async Task<Guid> RegisterAssignedAsync(HttpClient dispatcher, Guid customer, Guid machine, Guid technician)
    {
        var registered = await dispatcher.PostAsJsonAsync("/api/v1/work-orders", new
        {
            customerId = customer,
            equipmentId = machine,
            problemDescription = "Spindle vibrates above 3000 rpm",
            zone = "Urban",
            priority = "Normal",
            channel = "Phone",
        });
        var order = (await registered.ShouldBe(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await (await dispatcher.PostAsJsonAsync($"/api/v1/work-orders/{order}/assign", new { technicianId = technician })).ShouldBe(HttpStatusCode.OK);
        return order;
    }
}
