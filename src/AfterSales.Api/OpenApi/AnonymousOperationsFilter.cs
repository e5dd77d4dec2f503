using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.OpenApi;

/// <summary>
/// The document asks for a bearer token on every operation; one open to callers without a token (the dev token) says it
/// has no security requirement (<c>security: []</c>), so a validating proxy or a client does not expect a token there.
/// </summary>
internal sealed class AnonymousOperationsFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.IsAnonymous())
        {
            operation.Security = [];
        }
    }
}
