using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using AfterSales.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AfterSales.Api.Tests.Auth;

/// <summary>
/// Another company's OpenID Connect provider, as the API meets one through <c>Auth:Authority</c>: an OpenIddict server of
/// its own on a real Kestrel port (discovery, JWKS, RS256 access tokens by client credentials), with no store behind it.
/// The tests hold its clock and its signing keys; what a token says (subject, role, <c>technician_id</c>, audience)
/// the token request names, standing in for that provider's own directory.
/// </summary>
internal sealed class ExternalProvider : IAsyncDisposable
{
    public const string Audience = "aftersales-api";

    private const string ClientId = "aftersales-tests";
    private const string ClientSecret = "external-provider-secret-for-tests";

    private readonly WebApplication host;
    private readonly ConcurrentDictionary<string, int> requests;
    private readonly HttpClient client;

    private ExternalProvider(WebApplication host, TestClock clock, ConcurrentDictionary<string, int> requests)
    {
        this.host = host;
        this.requests = requests;
        Clock = clock;
        Issuer = host.Urls.Single() + "/";
        client = new HttpClient { BaseAddress = new Uri(Issuer) };
    }

    /// <summary>The provider's clock, which its tokens' issue and expiry times follow.</summary>
    public TestClock Clock { get; }

    /// <summary>Its issuer URL, as its discovery document and its tokens name it: what <c>Auth:Authority</c> is set to.</summary>
    public string Issuer { get; }

    /// <summary>Starts the provider on a free loopback port, its clock at <paramref name="now"/>.</summary>
    public static async Task<ExternalProvider> StartAsync(DateTimeOffset now)
    {
        var clock = new TestClock(now);
        var requests = new ConcurrentDictionary<string, int>();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddOpenIddict().AddServer(server =>
        {
            server.SetTokenEndpointUris("connect/token");
            server.AllowClientCredentialsFlow();
            server.SetAccessTokenLifetime(TimeSpan.FromMinutes(10));
            server.DisableAccessTokenEncryption();
            server.AddSigningKey(NewSigningKey());
            server.AddEphemeralEncryptionKey();
            // No application store: the one client is checked here, and the token says what the request names.
            server.EnableDegradedMode();
            server.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                {
                    context.Reject(OpenIddictConstants.Errors.InvalidClient);
                }

                return default;
            }));
            server.AddEventHandler<OpenIddictServerEvents.HandleTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                context.SignIn(Principal(context.Request));
                return default;
            }));
            server.UseAspNetCore().DisableTransportSecurityRequirement();
        });

        var app = builder.Build();
        app.Use((context, next) =>
        {
            requests.AddOrUpdate(context.Request.Path, 1, (_, count) => count + 1);
            return next(context);
        });
        app.UseAuthentication();
        await app.StartAsync();
        return new ExternalProvider(app, clock, requests);
    }

    /// <summary>An access token by client credentials, saying what is asked of it.</summary>
    public async Task<string> TokenAsync(string subject, string role, Guid? technicianId = null, string audience = Audience)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = GrantTypes.ClientCredentials,
            ["client_id"] = ClientId,
            ["client_secret"] = ClientSecret,
            ["claim_sub"] = subject,
            ["claim_role"] = role,
            ["claim_aud"] = audience,
        };
        if (technicianId is { } technician)
        {
            form["claim_technician_id"] = technician.ToString();
        }

        var issued = await client.PostAsync("connect/token", new FormUrlEncodedContent(form));
        return (await issued.ShouldBe(HttpStatusCode.OK))["access_token"]!.GetValue<string>();
    }

    /// <summary>A token as this provider's would be (its issuer, the audience, alive), but signed with a key it never published.</summary>
    public string ForgedToken(string subject, string role) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            TokenType = JsonWebTokenTypes.AccessToken,
            Subject = new ClaimsIdentity([new Claim(Claims.Subject, subject), new Claim(Claims.Role, role)]),
            IssuedAt = Clock.GetUtcNow().UtcDateTime,
            NotBefore = Clock.GetUtcNow().UtcDateTime,
            Expires = Clock.GetUtcNow().AddMinutes(10).UtcDateTime,
            SigningCredentials = new SigningCredentials(NewSigningKey(), SecurityAlgorithms.RsaSha256),
        });

    /// <summary>
    /// A key rotation: a new key signs from now on and is published in the JWKS beside the old one, which still vouches
    /// for the tokens it signed. OpenIddict signs access tokens with the first of its signing keys.
    /// </summary>
    public void PublishNewSigningKey() =>
        host.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue.SigningCredentials
            .Insert(0, new SigningCredentials(NewSigningKey(), SecurityAlgorithms.RsaSha256));

    /// <summary>How many requests for <paramref name="path"/> the provider has answered (its discovery document, its keys).</summary>
    public int RequestsFor(string path) => requests.GetValueOrDefault(path);

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
    }

    private static ClaimsPrincipal Principal(OpenIddictRequest request)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, (string?)request["claim_sub"]);
        identity.SetClaim(Claims.Role, (string?)request["claim_role"]);
        identity.SetClaim("technician_id", (string?)request["claim_technician_id"]);
        identity.SetResources((string)request["claim_aud"]!);
        identity.SetDestinations(static _ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    private static RsaSecurityKey NewSigningKey() => new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };
}
