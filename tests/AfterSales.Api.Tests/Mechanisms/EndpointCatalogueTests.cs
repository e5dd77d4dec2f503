using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;

namespace AfterSales.Api.Tests.Mechanisms;

public sealed class EndpointCatalogueTests : ApiTest
{
    /// <summary>
    /// Health probes, dev tokens, and the provider's protocol endpoints and sign-in page: OpenID Connect authenticates the
    /// client and the person itself.
    /// </summary>
    private static readonly string[] OpenToEveryone =
        ["/health/live", "/health/ready", "/api/v1/auth/dev-token", "/connect/token", "/connect/authorize", "/account/sign-in"];

    private static IReadOnlyList<RouteEndpoint> Endpoints => ApiCatalogue.Endpoints(Factory.Services);

    [Test]
    public void Every_endpoint_declares_an_authorization_policy_except_health_and_dev_tokens()
    {
        var undeclared = Endpoints
            .Where(endpoint => !OpenToEveryone.Contains(Path(endpoint)))
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
                || !endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(data => data.Policy is not null))
            .Select(endpoint => endpoint.DisplayName)
            .ToList();

        Assert.That(Endpoints, Has.Count.GreaterThan(15), "the catalogue was read");
        Assert.That(undeclared, Is.Empty);
    }

    [Test]
    public void Only_the_sign_in_endpoints_allow_anonymous_callers()
    {
        var anonymous = Endpoints.Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(Path).Distinct();

        Assert.That(anonymous, Is.EquivalentTo(new[] { "/api/v1/auth/dev-token", "/connect/token", "/connect/authorize", "/account/sign-in" }));
    }

    [Test]
    public async Task The_openapi_document_lists_every_mapped_api_endpoint_with_the_bearer_scheme()
    {
        var document = JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var paths = document["paths"]!.AsObject();

        var missing = (
            from endpoint in Endpoints
            let path = Path(endpoint)
            where path.StartsWith("/api/v1", StringComparison.Ordinal)
            from method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
            let documented = paths.FirstOrDefault(p => p.Key.TrimEnd('/') == path).Value
            where documented?[method.ToLowerInvariant()] is null
            select $"{method} {path}").ToList();

        Assert.That(missing, Is.Empty);
        Assert.That(document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>(), Is.EqualTo("bearer"));
    }

    [TestCase("/api/v1/technicians/{id}/discipline")]
    [TestCase("/api/v1/work-orders/{id}/assign")]
    public async Task The_openapi_document_shows_the_if_match_and_idempotency_headers_on_writes(string path)
    {
        var document = JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;

        var headers = document["paths"]![path]!["post"]!["parameters"]!.AsArray()
            .Where(parameter => parameter!["in"]!.GetValue<string>() == "header")
            .Select(parameter => parameter!["name"]!.GetValue<string>());

        Assert.That(headers, Is.EquivalentTo(new[] { "If-Match", "Idempotency-Key" }));
    }

    private static string Path(RouteEndpoint endpoint) => ApiCatalogue.Path(endpoint);
}
