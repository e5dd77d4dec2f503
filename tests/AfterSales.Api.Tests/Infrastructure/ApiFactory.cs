using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Technicians;
using AfterSales.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSales.Api.Tests.Infrastructure;

/// <summary>
/// The real API on the test server, against the PostgreSQL database ./build/test.sh starts, with the
/// business clock pinned. Settings can be overridden per factory to test start-up and configuration.
/// </summary>
public sealed class ApiFactory(IReadOnlyDictionary<string, string?>? overrides = null) : WebApplicationFactory<Program>
{
    /// <summary>Monday 16 November 2026, 10:00 in Shanghai.</summary>
    public static readonly DateTimeOffset StartOfTests = new(2026, 11, 16, 2, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(StartOfTests);

    public HiredEvents HiredEvents { get; } = new();

    public RefusedDepartures RefusedDepartures { get; } = new();
    /// <summary>Every SQL command the API's DbContext sends.</summary>
    public DatabaseCommands DatabaseCommands { get; } = new();

    public CommitFaults CommitFaults { get; } = new();

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__AfterSales")
        ?? throw new InvalidOperationException("ConnectionStrings__AfterSales is not set: run the tests through ./build/test.sh, which starts a database.");

    /// <summary>A dev token issued by this host: every host signs with its own random key.</summary>
    public async Task<string> TokenFor(string userName, params string[] roles)
    {
        var issued = await CreateClient().PostAsJsonAsync("/api/v1/auth/dev-token", new { userName, roles });
        return (await issued.ShouldBe(HttpStatusCode.OK))["accessToken"]!.GetValue<string>();
    }

    /// <summary>
    /// A dev token signed with this host's key, made without asking the host: for a host whose database is unreachable,
    /// where the dev-token endpoint cannot record its user.
    /// </summary>
    public string MintedDevToken(string userName, params string[] roles) => MintedDevToken(userName, null, roles);

    /// <summary>The same, claiming to be <paramref name="technicianId"/>: what a token may say, not what the user record does.</summary>
    public string MintedDevToken(string userName, Guid? technicianId, params string[] roles)
    {
        var jwt = Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AfterSales.Api.Auth.JwtOptions>>().Value;
        var claims = new List<System.Security.Claims.Claim> { new(AfterSales.Api.Auth.AccessClaims.Subject, userName) };
        if (technicianId is { } claimed)
        {
            claims.Add(new System.Security.Claims.Claim(AfterSales.Api.Auth.AccessClaims.TechnicianId, claimed.ToString()));
        }

        claims.AddRange(roles.Select(role => new System.Security.Claims.Claim(AfterSales.Api.Auth.AccessClaims.Role, role)));
        return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            Subject = new System.Security.Claims.ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(
                AfterSales.Api.Auth.AuthenticationSetup.SigningKey(jwt), Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Starts a host with one setting changed, expecting start-up to refuse it; returns the failure's text.</summary>
    public static string StartupFailureWith(string key, string value)
    {
        using var misconfigured = new ApiFactory(new Dictionary<string, string?> { [key] = value });
        return Assert.Catch(() => _ = misconfigured.Server)!.ToString();
    }

    public HttpClient ClientWith(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<HttpClient> ClientAs(string userName, params string[] roles) => ClientWith(await TokenFor(userName, roles));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:AfterSales"] = ConnectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["Auth:DevTokens:Enabled"] = "true",
            ["Auth:Jwt:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            // The test server speaks plain HTTP.
            ["Identity:RequireHttps"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // Tests fire bursts (50 parallel registrations); the limiter has its own test.
            ["RateLimiting:Enabled"] = "false",
            // The tests sweep when they choose to, with the pinned clock.
            ["Sla:SweepIntervalSeconds"] = "0",
            ["Idempotency:CleanUpIntervalSeconds"] = "0",
            ["Reminders:RenewalTaskIntervalSeconds"] = "0",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Error",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.UseEnvironment("Testing");

        // A singleton that captures a per-request service (the calendar, a policy built from it) would keep the state of
        // its first use: every test host refuses to resolve one. (Not ValidateOnBuild: a host signing in through an
        // external provider has no user accounts, and the user handlers that need them are never called.)
        builder.UseDefaultServiceProvider(options => options.ValidateScopes = true);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(HiredEvents);
            services.AddScoped<IDomainEventHandler<TechnicianHired>, HiredEventsRecorder>();
            services.AddSingleton(RefusedDepartures);
            services.AddScoped<IDomainEventHandler<TechnicianStatusChanged>, DepartureRefuser>();
            services.ConfigureDbContext<AfterSalesDbContext>(options => options.AddInterceptors(DatabaseCommands, CommitFaults));
        });
    }
}

/// <summary>What the test-only reaction to <see cref="TechnicianHired"/> saw.</summary>
public sealed class HiredEvents
{
    /// <summary>Hiring this employee number makes the reaction refuse, to prove reactions share the command's transaction.</summary>
    public const string RefusedEmployeeNumber = "T-REFUSED";

    public List<string> EmployeeNumbers { get; } = [];
}

internal sealed class HiredEventsRecorder(HiredEvents seen) : IDomainEventHandler<TechnicianHired>
{
    public Task HandleAsync(TechnicianHired domainEvent, CancellationToken cancellationToken)
    {
        lock (seen)
        {
            seen.EmployeeNumbers.Add(domainEvent.EmployeeNumber);
        }

        return domainEvent.EmployeeNumber == HiredEvents.RefusedEmployeeNumber
            ? throw new BusinessRuleViolationException("TEST-1", "the reaction to this hire refuses it")
            : Task.CompletedTask;
    }
}

/// <summary>Technicians whose departure the test-only reaction refuses, to fail a handover's completion part-way (HC-5).</summary>
public sealed class RefusedDepartures
{
    private readonly HashSet<Guid> technicianIds = [];

    public void Refuse(Guid technicianId)
    {
        lock (technicianIds)
        {
            technicianIds.Add(technicianId);
        }
    }

    public void Clear()
    {
        lock (technicianIds)
        {
            technicianIds.Clear();
        }
    }

    public bool Refuses(Guid technicianId)
    {
        lock (technicianIds)
        {
            return technicianIds.Contains(technicianId);
        }
    }
}

/// <summary>Raised while a completion is applied, after the customers, orders and receivables have moved.</summary>
internal sealed class DepartureRefuser(RefusedDepartures refused) : IDomainEventHandler<TechnicianStatusChanged>
{
    public Task HandleAsync(TechnicianStatusChanged domainEvent, CancellationToken cancellationToken) =>
        domainEvent.To == TechnicianStatus.Departed && refused.Refuses(domainEvent.TechnicianId)
            ? throw new BusinessRuleViolationException("TEST-2", "the reaction to this departure refuses it")
            : Task.CompletedTask;
}
