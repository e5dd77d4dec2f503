using System.Globalization;
using AfterSales.Application.Common.Concurrency;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AfterSales.Api.Http;

/// <summary>The <c>If-Match</c> condition of a request, bound straight into endpoint parameters .</summary>
/// <param name="Version">The version the client expects, or null when it set no condition (absent or <c>*</c>).</param>
public readonly record struct IfMatch(uint? Version)
{
    public static ValueTask<IfMatch> BindAsync(HttpContext context) => ValueTask.FromResult(new IfMatch(EntityTags.ExpectedVersion(context.Request)));
}

/// <summary>
/// The <c>If-Match</c> condition a correction (PATCH) must carry: a merge patch applied to a version the client never
/// saw would silently undo the change it missed, so no condition, or <c>*</c> (which any version matches), is a 428.
/// Refused when the endpoint reads <see cref="Version"/>, after the body is bound, so a malformed body is told first.
/// </summary>
public readonly struct RequiredIfMatch(uint? version)
{
    public uint Version => version ?? throw new PreconditionRequiredException();

    public static ValueTask<RequiredIfMatch> BindAsync(HttpContext context) => ValueTask.FromResult(new RequiredIfMatch(EntityTags.ExpectedVersion(context.Request)));
}

/// <summary>Strong ETags made from an aggregate's version, and the If-Match and If-None-Match headers read back against one .</summary>
internal static class EntityTags
{
    public static string For(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The version the client expects, or null when it set no condition. A header that is not an entity-tag list is
    /// the client's mistake (400); a well-formed tag that cannot be one of ours can never match (412, as RFC 9110 has it).
    /// </summary>
    public static uint? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (StringValues.IsNullOrEmpty(header))
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count == 0)
        {
            throw new BadHttpRequestException("If-Match is not an entity-tag list: send the ETag exactly as it was received, e.g. \"42\".");
        }

        if (tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any)))
        {
            return null;
        }

        // Only a single strong tag made from a version can match: several tags would each need the current version.
        if (tags is [{ IsWeak: false } tag]
            && uint.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new PreconditionFailedException("The resource", null);
    }

    /// <summary>
    /// Whether a read's If-None-Match names the current <paramref name="version"/> (or is <c>*</c>, which any existing
    /// resource matches), so the client's copy is current. Compared weakly, as RFC 9110 says for If-None-Match. A
    /// header that is no entity-tag list matches nothing: unlike a stale If-Match, it can only cost the client a full body.
    /// </summary>
    public static bool NoneMatchFails(HttpRequest request, uint version)
    {
        var header = request.Headers.IfNoneMatch;
        if (StringValues.IsNullOrEmpty(header) || !EntityTagHeaderValue.TryParseStrictList(header, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(For(version));
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}

/// <summary>
/// Puts the ETag of a single-resource result on the response, and answers a read whose If-None-Match names it with
/// 304 and no body. Only reads: a write has already happened by the time its result is here, so it cannot be
/// made conditional afterwards. The body a 304 stands for depends on nothing but the version and the caller (the order's
/// <c>allowedActions</c> on its status and the caller's role and ownership, WO-22), so it stays right for the same caller.
/// </summary>
internal sealed class EntityTagFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is not IValueHttpResult { Value: IVersionedResource resource })
        {
            return result;
        }

        var request = context.HttpContext.Request;
        context.HttpContext.Response.Headers.ETag = EntityTags.For(resource.Version);
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && EntityTags.NoneMatchFails(request, resource.Version)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : result;
    }
}
