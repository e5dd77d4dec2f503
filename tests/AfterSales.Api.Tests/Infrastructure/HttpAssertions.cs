using System.Net;
using System.Text.Json.Nodes;

namespace AfterSales.Api.Tests.Infrastructure;

internal static class HttpAssertions
{
    public static async Task<JsonNode> ReadJson(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())
        ?? throw new AssertionException("The response body is empty.");

    /// <summary>Asserts an RFC 9457 answer with the status and, for rule refusals, a detail that names the rule.</summary>
    public static async Task<JsonNode> ShouldBeProblem(this HttpResponseMessage response, HttpStatusCode status, string? ruleId = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        var problem = JsonNode.Parse(body)!;
        Assert.Multiple(() =>
        {
            Assert.That(problem["status"]!.GetValue<int>(), Is.EqualTo((int)status));
            Assert.That(problem["title"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
            Assert.That(problem["type"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
            Assert.That(body, Does.Not.Contain("   at "), "no stack trace outside Development");
        });
        if (ruleId is not null)
        {
            Assert.That(problem["detail"]!.GetValue<string>(), Does.StartWith($"{ruleId}: "));
        }

        return problem;
    }

    public static async Task<JsonNode> ShouldBe(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        return JsonNode.Parse(body.Length == 0 ? "{}" : body)!;
    }
}
