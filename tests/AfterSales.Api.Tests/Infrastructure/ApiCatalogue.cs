using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Infrastructure;

/// <summary>The endpoints the host actually maps, named the way OpenAPI and the contract tables name them.</summary>
internal static class ApiCatalogue
{
    public static IReadOnlyList<RouteEndpoint> Endpoints(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    /// <summary>"POST /api/v1/work-orders/{id}/assign": one entry per method of every /api/v1 endpoint.</summary>
    public static IEnumerable<string> Operations(IServiceProvider services) =>
        from endpoint in Endpoints(services)
        let path = Path(endpoint)
        where path.StartsWith("/api/v1/", StringComparison.Ordinal)
        from method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
        select $"{method} {path}";

    /// <summary>The route without constraints or a trailing slash, as OpenAPI writes it: /api/v1/technicians/{id}.</summary>
    public static string Path(RouteEndpoint endpoint) =>
        "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            _ => string.Empty,
        }))));
}
