using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Api.Tests.WorkOrders;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Assessments;

/// <summary>
/// Shared steps for assessment tests: the work-order scenario's technician T-0042 of team East and customer, and the
/// assessment workflow by role, the team lead being East's (L-East). The clock starts on Monday 16 November 2026, so
/// October is already late.
/// </summary>
public abstract class AssessmentTest : WorkOrderTest
{
    /// <summary>Team-lead scores adding up to <paramref name="total"/> (0 to 60), filled in rubric order: initiative 15, coordination 10, loyalty 15, planning 5, execution 5, work quality 10.</summary>
    protected static object ScoresTotalling(int total)
    {
        int[] maxima = [15, 10, 15, 5, 5, 10];
        var given = new int[maxima.Length];
        for (var i = 0; i < maxima.Length; i++)
        {
            given[i] = Math.Min(maxima[i], total);
            total -= given[i];
        }

        return new { initiative = given[0], coordination = given[1], loyalty = given[2], planning = given[3], execution = given[4], workQuality = given[5] };
    }

    protected async Task<HttpResponseMessage> CreateResponse(Guid technicianId, string month, string role = Roles.TeamLead)
    {
        var client = await ClientFor(role);
        return await client.PostAsJsonAsync("/api/v1/assessments", new { technicianId, month });
    }

    protected async Task<JsonNode> Create(Guid technicianId, string month) =>
        await (await CreateResponse(technicianId, month)).ShouldBe(HttpStatusCode.Created);

    /// <summary><paramref name="action"/> (scores, self-assessment, submit, approve, amendments) by the client; scores and self-assessment are PUT.</summary>
    protected static async Task<HttpResponseMessage> TryAssess(JsonNode assessment, string action, object? body, HttpClient client)
    {
        var path = $"/api/v1/assessments/{assessment["id"]}/{action}";
        return action is "scores" or "self-assessment"
            ? await client.PutAsJsonAsync(path, body)
            : await client.PostAsJsonAsync(path, body ?? new { });
    }

    protected async Task<HttpResponseMessage> TryAssess(JsonNode assessment, string action, object? body = null, string role = Roles.TeamLead) =>
        await TryAssess(assessment, action, body, await ClientFor(role));

    protected async Task<JsonNode> Assess(JsonNode assessment, string action, object? body = null, string role = Roles.TeamLead) =>
        await (await TryAssess(assessment, action, body, role)).ShouldBe(HttpStatusCode.OK);

    protected async Task<JsonNode> Read(JsonNode assessment, string role = Roles.Manager)
    {
        var client = await ClientFor(role);
        return await (await client.GetAsync($"/api/v1/assessments/{assessment["id"]}")).ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Created, scored to <paramref name="scoreTotal"/> by the team lead, submitted, and approved by the manager.</summary>
    protected async Task<JsonNode> Approved(Guid technicianId, string month, int scoreTotal)
    {
        var assessment = await Create(technicianId, month);
        await Assess(assessment, "scores", ScoresTotalling(scoreTotal));
        await Assess(assessment, "submit");
        return await Assess(assessment, "approve", role: Roles.Manager);
    }

    protected static int Number(JsonNode node, string path) =>
        path.Split('.').Aggregate(node, (current, name) => current[name]!).GetValue<int>();
}
