using System.Diagnostics;
using System.Net;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using Microsoft.IdentityModel.JsonWebTokens;

namespace AfterSales.Api.Tests.Auth;

/// <summary>
/// Issue 19: a key rotation at the external provider needs no restart of the API. OpenIddict's validation, meeting a
/// token whose key id is not among the keys it holds, refuses it (401) and asks its configuration manager
/// (Microsoft.IdentityModel's) to read the discovery document and keys again: at once the first time, then at most once
/// per <c>RefreshInterval</c> (5 minutes); it also re-reads them every 12 hours on its own. A fixture of its own, so that
/// no other refusal of an unknown key has used up that first refresh.
/// </summary>
public sealed class ExternalProviderKeyRotationTests
{
    private static readonly TimeSpan RefreshWithin = TimeSpan.FromSeconds(10);

    private static ExternalProvider external = null!;
    private static ApiFactory api = null!;

    [OneTimeSetUp]
    public static async Task StartAsync()
    {
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
    public async Task A_token_signed_with_a_newly_published_key_is_trusted_without_a_restart()
    {
        var before = await external.TokenAsync("dora@example.com", Roles.Dispatcher);
        await (await api.ClientWith(before).GetAsync("/api/v1/customers")).ShouldBe(HttpStatusCode.OK);
        var keysRead = external.RequestsFor("/.well-known/jwks");

        external.PublishNewSigningKey();
        var after = await external.TokenAsync("dora@example.com", Roles.Dispatcher);
        var statuses = await StatusesUntilTrustedAsync(api.ClientWith(after));
        var stillTrusted = await api.ClientWith(before).GetAsync("/api/v1/customers");

        Assert.Multiple(() =>
        {
            Assert.That(new JsonWebToken(after).Kid, Is.Not.EqualTo(new JsonWebToken(before).Kid), "signed with the new key");
            Assert.That(statuses[0], Is.EqualTo(HttpStatusCode.Unauthorized), "the first request with the new key finds it unknown and starts the refresh");
            Assert.That(statuses[^1], Is.EqualTo(HttpStatusCode.OK), $"trusted within {RefreshWithin.TotalSeconds} s: {string.Join(", ", statuses)}");
            Assert.That(external.RequestsFor("/.well-known/jwks"), Is.GreaterThan(keysRead), "the keys were read again");
            Assert.That(stillTrusted.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the old key is still published for the tokens it signed");
        });
    }

    /// <summary>The statuses of the same request, repeated until it is answered 200 or <see cref="RefreshWithin"/> has passed.</summary>
    private static async Task<List<HttpStatusCode>> StatusesUntilTrustedAsync(HttpClient client)
    {
        var statuses = new List<HttpStatusCode>();
        var waited = Stopwatch.StartNew();
        do
        {
            statuses.Add((await client.GetAsync("/api/v1/customers")).StatusCode);
            if (statuses[^1] == HttpStatusCode.OK)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        while (waited.Elapsed < RefreshWithin);

        return statuses;
    }
}
