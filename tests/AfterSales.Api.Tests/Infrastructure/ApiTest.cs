using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Application.Security;
using AfterSales.Domain.Pricing;
using AfterSales.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Infrastructure;

/// <summary>Base for HTTP tests: a clean database, the clock at <see cref="ApiFactory.StartOfTests"/>, and clients per role.</summary>
public abstract class ApiTest
{
    private readonly Dictionary<string, string> tokens = [];
    private readonly Dictionary<string, Guid> leads = [];

    protected static ApiFactory Factory => TestHost.Factory;

    [SetUp]
    public async Task ResetAsync()
    {
        await TestHost.ResetDatabaseAsync();
        tokens.Clear(); // their users went with the reset
        leads.Clear();
        Factory.Clock.SetUtcNow(ApiFactory.StartOfTests);
        lock (Factory.HiredEvents)
        {
            Factory.HiredEvents.EmployeeNumbers.Clear();
        }

        Factory.RefusedDepartures.Clear();
        Factory.CommitFaults.Clear();
        Factory.DatabaseCommands.Reset();
    }

    protected static HttpClient Anonymous() => Factory.CreateClient();

    protected Task<HttpClient> As(string role) => As($"{role.ToLowerInvariant()}.user", role);

    protected async Task<HttpClient> As(string userName, params string[] roles)
    {
        var cacheKey = $"{userName}|{string.Join(',', roles)}";
        if (!tokens.TryGetValue(cacheKey, out var token))
        {
            token = await Factory.TokenFor(userName, roles);
            tokens[cacheKey] = token;
        }

        return Factory.ClientWith(token);
    }

    /// <summary>A user linked to <paramref name="technicianId"/> (X-5: "own" comes from the link), in <paramref name="roles"/>.</summary>
    protected async Task<HttpClient> AsLinked(string userName, Guid technicianId, params string[] roles)
    {
        var cacheKey = $"{userName}|{string.Join(',', roles)}|{technicianId}";
        if (!tokens.TryGetValue(cacheKey, out var token))
        {
            var issued = await Anonymous().PostAsJsonAsync("/api/v1/auth/dev-token", new { userName, roles, technicianId });
            token = (await issued.ShouldBe(HttpStatusCode.OK))["accessToken"]!.GetValue<string>();
            tokens[cacheKey] = token;
        }

        return Factory.ClientWith(token);
    }

    /// <summary>
    /// The lead of <paramref name="team"/> signed in: a team lead acts on the team of the technician linked to their user
    /// (X-4 r2), so the first call in a test hires that technician, <c>L-{team}</c> in the TeamLead position.
    /// </summary>
    protected async Task<HttpClient> AsLeadOf(string team) =>
        await AsLinked($"lead.{team.ToLowerInvariant()}", await LeadOf(team), Roles.TeamLead);

    /// <summary>The technician who leads <paramref name="team"/>, hired on first use in a test.</summary>
    protected async Task<Guid> LeadOf(string team)
    {
        if (!leads.TryGetValue(team, out var leadId))
        {
            leadId = (await HireTechnician($"L-{team}", team, "TeamLead"))["id"]!.GetValue<Guid>();
            leads[team] = leadId;
        }

        return leadId;
    }

    protected async Task<JsonNode> HireTechnician(string employeeNumber = "T-0042", string team = "East", string position = "FieldTechnician", Guid? supervisorId = null)
    {
        var admin = await As(Roles.Admin);
        var response = await admin.PostAsJsonAsync("/api/v1/technicians", new
        {
            employeeNumber,
            name = "Zhang Wei",
            phone = "13800000042",
            team,
            position,
            payLevel = 3,
            hireDate = "2020-03-01",
            supervisorId,
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.ReadJson();
    }

    protected async Task<JsonNode> RegisterCustomer(object body)
    {
        var dispatcher = await As(Roles.Dispatcher);
        var response = await dispatcher.PostAsJsonAsync("/api/v1/customers", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.ReadJson();
    }

    /// <summary>
    /// PR-1 (r2): a line on Finance's price list, written straight to the database so tests of quotes and parts need not
    /// go through the price list's own endpoints (which have tests of their own).
    /// </summary>
    protected static async Task PriceListed(string partNumber, decimal unitPrice, bool hasRecoveryValue = true, string effectiveFrom = "2026-01-01", string name = "Spare part", string productLine = "Compressors")
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AfterSalesDbContext>();
        db.PartPrices.Add(PartPrice.Set(partNumber, name, unitPrice, productLine, hasRecoveryValue, DateOnly.Parse(effectiveFrom, CultureInfo.InvariantCulture), "finance.user", Factory.Clock));
        await db.SaveChangesAsync();
    }

    /// <summary>PR-1 (r2): an hourly labour rate on Finance's price list, written straight to the database.</summary>
    protected static async Task LabourRated(string service, decimal perHour, string effectiveFrom = "2026-01-01", string name = "Labour")
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AfterSalesDbContext>();
        db.LabourRates.Add(LabourRate.Set(service, name, perHour, DateOnly.Parse(effectiveFrom, CultureInfo.InvariantCulture), "finance.user", Factory.Clock));
        await db.SaveChangesAsync();
    }

    /// <summary>PR-1 (r2): a labour rate of <paramref name="perHour"/> listed (once per test) under a service code naming it; returns the code.</summary>
    protected static async Task<string> RepairRated(decimal perHour)
    {
        var service = string.Create(CultureInfo.InvariantCulture, $"Repair-{perHour:0.00}");
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AfterSalesDbContext>();
        if (!db.LabourRates.Any(rate => rate.Service == service))
        {
            db.LabourRates.Add(LabourRate.Set(service, "Repair", perHour, new DateOnly(2026, 1, 1), "finance.user", Factory.Clock));
            await db.SaveChangesAsync();
        }

        return service;
    }

    /// <summary>
    /// WO-12 (r2): a quote body of one hour of labour at <paramref name="perHour"/> (its rate listed first, once per test)
    /// and the parts named (listed at their unit price), accepted at once by <paramref name="acceptedBy"/>.
    /// </summary>
    protected static async Task<object> QuoteOf(decimal perHour, string? acceptedBy, params (string PartNumber, int Quantity, decimal UnitPrice)[] parts)
    {
        var service = await RepairRated(perHour);
        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AfterSalesDbContext>();
            foreach (var part in parts.Where(part => !db.PartPrices.Any(price => price.PartNumber == part.PartNumber)))
            {
                db.PartPrices.Add(PartPrice.Set(part.PartNumber, "Spindle bearing", part.UnitPrice, "Compressors", true, new DateOnly(2026, 1, 1), "finance.user", Factory.Clock));
            }

            await db.SaveChangesAsync();
        }

        return new
        {
            labour = new[] { new { service, hours = 1m } },
            parts = parts.Select(part => new { partNumber = part.PartNumber, quantity = part.Quantity }).ToArray(),
            acceptedBy,
        };
    }

    protected static object Machine(string model, string serialNumber, string purchaseDate, string warrantyEndsOn, string? contractEndsOn = null) =>
        new { model, serialNumber, purchaseDate, warrantyEndsOn, contractEndsOn };
}
