using AfterSales.Api.Http;
using AfterSales.Application.Common.Concurrency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.OpenApi;

/// <summary>What an endpoint can do, read from its route, parameters and metadata: the facts the documentation conventions rest on.</summary>
internal static class OperationTraits
{
    public static bool IsAnonymous(this OperationFilterContext context) =>
        context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();

    public static bool IsPost(this OperationFilterContext context) => HttpMethods.IsPost(context.ApiDescription.HttpMethod ?? string.Empty);

    public static bool IsWrite(this OperationFilterContext context) =>
        context.IsPost() || HttpMethods.IsPut(context.ApiDescription.HttpMethod ?? string.Empty) || HttpMethods.IsPatch(context.ApiDescription.HttpMethod ?? string.Empty);

    /// <summary>X-3: the idempotency middleware acts on a signed-in caller's POSTs, except those whose answer is a secret it must not store.</summary>
    public static bool HonoursIdempotencyKey(this OperationFilterContext context) =>
        context.IsPost() && !context.IsAnonymous() && !context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<SecretAnswer>().Any();

    /// <summary>IfMatch binds itself (BindAsync), so the API explorer does not list it: look at the handler's parameters.</summary>
    public static bool ReadsIfMatch(this OperationFilterContext context) =>
        context.MethodInfo?.GetParameters().Any(parameter => parameter.ParameterType == typeof(IfMatch) || parameter.ParameterType == typeof(RequiredIfMatch)) == true;

    /// <summary>A correction: If-Match is required (428 without it).</summary>
    public static bool RequiresIfMatch(this OperationFilterContext context) =>
        context.MethodInfo?.GetParameters().Any(parameter => parameter.ParameterType == typeof(RequiredIfMatch)) == true;

    /// <summary>X-8: a read of one versioned resource, which the entity-tag filter answers with 304 when If-None-Match names its ETag.</summary>
    public static bool AnswersNotModified(this OperationFilterContext context) =>
        HttpMethods.IsGet(context.ApiDescription.HttpMethod ?? string.Empty)
        && typeof(IVersionedResource).IsAssignableFrom(context.SuccessType());

    public static bool Binds(this OperationFilterContext context, BindingSource source) =>
        context.ApiDescription.ParameterDescriptions.Any(parameter => parameter.Source == source);

    /// <summary>The schema type of the success answer (200 or 201), if it has one.</summary>
    public static Type? SuccessType(this OperationFilterContext context) =>
        context.ApiDescription.SupportedResponseTypes
            .FirstOrDefault(response => response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status201Created)?.Type;
}
