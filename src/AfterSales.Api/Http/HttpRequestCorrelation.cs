using AfterSales.Application.Abstractions;

namespace AfterSales.Api.Http;

/// <summary>The id <see cref="CorrelationIdMiddleware"/> gave the request.</summary>
internal sealed class HttpRequestCorrelation(IHttpContextAccessor accessor) : IRequestCorrelation
{
    public string? CorrelationId => accessor.HttpContext?.TraceIdentifier;
}
