using AfterSales.Api.Http;
using AfterSales.Application.Common.Concurrency;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.OpenApi;

/// <summary>
/// The headers a success answer carries: the correlation id, the ETag of a versioned resource (X-2, what If-Match
/// sends back), the Location of one just created, and whether it replays an earlier answer to the same Idempotency-Key.
/// </summary>
internal sealed class ResponseHeadersFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var versioned = typeof(IVersionedResource).IsAssignableFrom(context.SuccessType());
        foreach (var (status, response) in (operation.Responses ?? []).Where(entry => entry.Key is "200" or "201"))
        {
            if (response is not OpenApiResponse success)
            {
                continue;
            }

            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            success.Headers[CorrelationIdMiddleware.Header] = Header("The request's correlation id (yours when you sent a sane one), as in the logs and in problem bodies.");
            if (versioned)
            {
                success.Headers["ETag"] = Header("The resource's version as a strong entity tag; send it back as If-Match to write only over what you read.");
            }

            if (status == "201")
            {
                success.Headers["Location"] = Header("The URL of the created resource.");
            }

            if (context.HonoursIdempotencyKey())
            {
                success.Headers[IdempotencyMiddleware.ReplayedHeader] = Header("\"true\" when this is the stored answer to an earlier request with the same Idempotency-Key.");
            }
        }
    }

    private static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}
