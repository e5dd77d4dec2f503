using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace AfterSales.Api.Tests.Auth;

/// <summary>
/// Issue 19, the provider's first part: the OpenID Connect provider built into the API issues RS256 access tokens
/// through its real token endpoint (client credentials here), and the API trusts them through the provider's keys;
/// HS256 dev tokens are accepted only while <c>Auth:DevTokens:Enabled</c>.
/// </summary>
public sealed class ProviderTokenTests
{
    private const string ClientSecret = "erp-secret-for-tests-only-0123456789";

    private static ApiFactory provider = null!;

    [OneTimeSetUp]
    public static void StartProvider() => provider = new ApiFactory(new Dictionary<string, string?>
    {
        ["Identity:Clients:erp:DisplayName"] = "ERP integration",
        ["Identity:Clients:erp:Secret"] = ClientSecret,
        ["Identity:Clients:erp:Roles:0"] = "Manager",
        ["Identity:Clients:reader:Secret"] = ClientSecret,
        ["Identity:Clients:reader:Roles:0"] = "Finance",
        ["Identity:Clients:sync:Secret"] = ClientSecret,
        ["Identity:Clients:sync:Roles:0"] = "Dispatcher",
    });

    [OneTimeTearDown]
    public static async Task StopProvider() => await provider.DisposeAsync();

    [Test]
    public async Task An_integrator_gets_an_RS256_token_by_client_credentials_and_the_API_trusts_it()
    {
        var token = await TokenAsync("erp", ClientSecret);
        var client = provider.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token["access_token"]!.GetValue<string>());

        var technicians = await client.GetAsync("/api/v1/technicians");

        var jwt = new JsonWebToken(token["access_token"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(token["token_type"]!.GetValue<string>(), Is.EqualTo("Bearer"));
            Assert.That(jwt.Alg, Is.EqualTo("RS256"));
            Assert.That(jwt.Audiences, Does.Contain("aftersales-api"));
            Assert.That(jwt.Subject, Is.EqualTo("erp"));
            Assert.That(technicians.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_token_carries_only_its_clients_roles()
    {
        var token = await TokenAsync("reader", ClientSecret);
        var client = provider.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token["access_token"]!.GetValue<string>());

        var audit = await client.GetAsync($"/api/v1/audit?entityId={Guid.NewGuid()}");

        await audit.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task X5_an_integrators_token_has_no_user_behind_it_even_where_a_user_bears_the_clients_name()
    {
        await provider.TokenFor("sync", "Dispatcher"); // a dev user named as the client
        await using (var scope = provider.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AfterSalesUser>>();
            var namesake = (await users.FindByNameAsync("sync"))!;
            namesake.Disabled = true;
            await users.UpdateAsync(namesake);
            scope.ServiceProvider.GetRequiredService<UserDirectory>().Forget("sync");
        }

        var integrator = provider.ClientWith((await TokenAsync("sync", ClientSecret))["access_token"]!.GetValue<string>());
        var customers = await integrator.GetAsync("/api/v1/customers");

        Assert.That(customers.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the disabled user named sync is not the integrator sync");
    }

    [Test]
    public async Task The_provider_answers_plain_HTTP_only_where_Identity_RequireHttps_is_off()
    {
        await using var production = new ApiFactory(new Dictionary<string, string?>
        {
            ["Identity:RequireHttps"] = "true",
            ["Identity:Clients:erp:Secret"] = ClientSecret,
        });

        var response = await production.CreateClient().PostAsync("/connect/token", Form("erp", ClientSecret));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await response.ReadJson())["error_description"]!.GetValue<string>(), Does.Contain("HTTPS"));
        });
    }

    [Test]
    public async Task A_wrong_client_secret_gets_no_token()
    {
        var response = await provider.CreateClient().PostAsync("/connect/token", Form("erp", "not-the-secret"));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await response.ReadJson())["error"]!.GetValue<string>(), Is.EqualTo("invalid_client"));
        });
    }

    [Test]
    public async Task A_token_whose_signature_does_not_match_is_refused()
    {
        var token = (await TokenAsync("erp", ClientSecret))["access_token"]!.GetValue<string>();
        var parts = token.Split('.');
        var tampered = $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}";
        var client = provider.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", tampered);

        var response = await client.GetAsync("/api/v1/technicians");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Discovery_names_the_token_endpoint_and_the_signing_keys()
    {
        var client = provider.CreateClient();

        var discovery = await (await client.GetAsync("/.well-known/openid-configuration")).ShouldBe(HttpStatusCode.OK);
        var keys = await (await client.GetAsync(new Uri(discovery["jwks_uri"]!.GetValue<string>()).PathAndQuery)).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(discovery["token_endpoint"]!.GetValue<string>(), Does.EndWith("/connect/token"));
            Assert.That(discovery["grant_types_supported"]!.AsArray().Select(grant => grant!.GetValue<string>()), Does.Contain("client_credentials"));
            Assert.That(keys["keys"]!.AsArray().Select(key => key!["kty"]!.GetValue<string>()), Does.Contain("RSA"));
        });
    }

    [Test]
    public async Task A_dev_token_is_refused_while_dev_tokens_are_off()
    {
        var devToken = await provider.TokenFor("amy", "Manager");
        await using var production = new ApiFactory(new Dictionary<string, string?> { ["Auth:DevTokens:Enabled"] = "false" });
        var client = production.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", devToken);

        var response = await client.GetAsync("/api/v1/technicians");
        var route = await production.CreateClient().PostAsJsonAsync("/api/v1/auth/dev-token", new { userName = "amy", roles = new[] { "Manager" } });

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "signed with the same key, but HS256 is not trusted");
            Assert.That(route.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task Guessing_at_the_token_endpoint_is_slowed_down_per_client_address()
    {
        await using var limited = new ApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:SignInPermitsPerWindow"] = "3",
            ["RateLimiting:WindowSeconds"] = "60",
            ["Identity:Clients:erp:Secret"] = ClientSecret,
        });
        var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var guess = 0; guess < 4; guess++)
        {
            statuses.Add((await client.PostAsync("/connect/token", Form("erp", $"guess-{guess}"))).StatusCode);
        }

        var api = await client.GetAsync("/health/live");
        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));
            Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    /// <summary>BREACH: the token's length must not vary with what compresses well beside it, so the answer is never compressed.</summary>
    [Test]
    public async Task X8_the_token_endpoint_answers_uncompressed_to_a_client_that_accepts_compression()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = Form("erp", ClientSecret) };
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");

        var response = await provider.CreateClient().SendAsync(request);

        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(response.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That((await response.ShouldBe(HttpStatusCode.OK))["access_token"], Is.Not.Null);
    }

    private static async Task<JsonNode> TokenAsync(string clientId, string secret) =>
        await (await provider.CreateClient().PostAsync("/connect/token", Form(clientId, secret))).ShouldBe(HttpStatusCode.OK);

    private static FormUrlEncodedContent Form(string clientId, string secret) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId,
        ["client_secret"] = secret,
    });
}
