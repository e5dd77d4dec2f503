using System.Globalization;
using AfterSales.Application.Common.Concurrency;
using Microsoft.Net.Http.Headers;

namespace AfterSales.Api.Http;

/// <summary>The <c>If-Match</c> condition of a request, bound straight into endpoint parameters .</summary>
public readonly record struct IfMatch(uint? ExpectedVersion)
{
    public static ValueTask<IfMatch> BindAsync(HttpContext context) => ValueTask.FromResult(new IfMatch(EntityTags.ExpectedVersion(context.Request)));
}

/// <summary>Strong ETags made from an aggregate's version, and the If-Match header read back into one .</summary>
internal static class EntityTags
{
    public static string For(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The version the client expects, or null when it set no condition (absent or <c>*</c>).
    /// A tag that cannot be one of ours can never match, so it is refused at once.
    /// </summary>
    public static uint? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }

        if (EntityTagHeaderValue.TryParse(header.Trim(), out var tag)
            && !tag.IsWeak
            && uint.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new PreconditionFailedException("Resource", Guid.Empty);
    }
}

/// <summary>Puts the ETag of a single-resource result on the response.</summary>
internal sealed class EntityTagFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is IValueHttpResult { Value: IVersionedResource resource })
        {
            context.HttpContext.Response.Headers.ETag = EntityTags.For(resource.Version);
        }

        return result;
    }
}
