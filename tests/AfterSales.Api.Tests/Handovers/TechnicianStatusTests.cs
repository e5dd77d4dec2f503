using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Handovers;

/// <summary>TE-3: only a completed handover checklist makes a technician Departed or moves them to another team.</summary>
public sealed class TechnicianStatusTests : HandoverTest
{
    [Test]
    public void TE3_these_are_the_only_technician_routes_and_the_one_patch_is_the_correction()
    {
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith("/api/v1/technicians", StringComparison.Ordinal))
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(method => $"{method} {endpoint.RoutePattern.RawText}"));

        // A new technician route must be added here once it is checked against TE-3 below. The one PATCH is TE-1 (r2)'s
        // correction, which refuses status and team with 409 TE-3 (CorrectionTests).
        Assert.That(routes, Is.EquivalentTo(new[]
        {
            "POST /api/v1/technicians/",
            "GET /api/v1/technicians/{id:guid}",
            "PATCH /api/v1/technicians/{id:guid}",
            "GET /api/v1/technicians/",
            "POST /api/v1/technicians/{id:guid}/leave",
            "POST /api/v1/technicians/{id:guid}/return-from-leave",
            "POST /api/v1/technicians/{id:guid}/property",
            "POST /api/v1/technicians/{id:guid}/property/{itemId:guid}/return",
            "POST /api/v1/technicians/{id:guid}/discipline",
        }));
    }

    [Test]
    public async Task TE3_status_and_team_sent_to_any_technician_write_are_refused_and_the_technician_stays_in_team_and_never_departs()
    {
        var manager = await As(Roles.Manager);
        var departWest = new JsonObject { ["status"] = "Departed", ["team"] = "West" };
        var tool = await IssueTool();
        var hire = await manager.PostAsJsonAsync("/api/v1/technicians", With(new JsonObject { ["status"] = "Departed" }, new
        {
            employeeNumber = "T-0050",
            name = "Sun Li",
            phone = "1",
            team = "East",
            position = "Installer",
            payLevel = 1,
            hireDate = "2024-01-01",
        }));
        var writes = new (string Path, object Body)[]
        {
            ($"technicians/{LeaverId}/property", With(departWest, new { kind = "Device", description = "Tablet", assetTag = "TB-9", issuedOn = "2026-11-16", originalPrice = 2000m })),
            ($"technicians/{LeaverId}/property/{tool["id"]}/return", With(departWest, new { on = "2026-11-16", lost = false })),
            ($"technicians/{LeaverId}/discipline", With(departWest, new { kind = "LateArrival", occurredOn = "2026-11-16", note = "Traffic" })),
        };

        Assert.That((await hire.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "status" }));
        foreach (var (path, body) in writes)
        {
            var refused = await (await manager.PostAsJsonAsync($"/api/v1/{path}", body)).ShouldBeProblem(HttpStatusCode.BadRequest);
            var technician = await Read($"technicians/{LeaverId}");
            Assert.That(refused["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "status" }), path);
            Assert.That(technician["team"]!.GetValue<string>(), Is.EqualTo("East"), path);
            Assert.That(technician["status"]!.GetValue<string>(), Is.EqualTo("Active"), path);
        }

        // Leave and its return take no body: whatever one says is not read.
        await (await manager.PostAsJsonAsync($"/api/v1/technicians/{LeaverId}/leave", departWest)).ShouldBe(HttpStatusCode.OK);
        await (await manager.PostAsJsonAsync($"/api/v1/technicians/{LeaverId}/return-from-leave", departWest)).ShouldBe(HttpStatusCode.OK);
        var after = await Read($"technicians/{LeaverId}");
        Assert.That(after["team"]!.GetValue<string>(), Is.EqualTo("East"));
        Assert.That(after["status"]!.GetValue<string>(), Is.EqualTo("Active"));
    }

    [Test]
    public async Task TE3_a_completed_handover_is_the_way_to_departed()
    {
        var checklist = await Start();
        await SignOffAll(checklist);

        await DoOn(checklist, "complete");

        Assert.That((await Read($"technicians/{LeaverId}"))["status"]!.GetValue<string>(), Is.EqualTo("Departed"));
    }

    /// <summary>A request body with the status and team fields added to its own.</summary>
    private static JsonObject With(JsonObject extra, object body)
    {
        var merged = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(body, System.Text.Json.JsonSerializerOptions.Web))!.AsObject();
        foreach (var (name, value) in extra)
        {
            merged[name] = value?.DeepClone();
        }

        return merged;
    }
}
