using System.Text.Json.Nodes;
using AfterSales.Api.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.OpenApi;

/// <summary>
/// Lists on every operation the RFC 9457 answers it can really give, derived once from what the endpoint does
/// rather than declared endpoint by endpoint: each status is a shared response in <c>components.responses</c> with an example body.
/// </summary>
internal sealed class ProblemResponsesFilter : IOperationFilter
{
    private const string ProblemMediaType = "application/problem+json";

    private static readonly ProblemResponse[] Problems =
    [
        new(StatusCodes.Status400BadRequest, "BadRequest", "The request is not valid: the fields to correct are in errors.", typeof(HttpValidationProblemDetails),
            "https://tools.ietf.org/html/rfc9110#section-15.5.1", "The request is not valid.", "See errors for the fields to correct.",
            Errors: new JsonObject { ["problemDescription"] = new JsonArray("'Problem Description' must not be empty.") },
            AppliesTo: context => context.IsWrite() || context.Binds(BindingSource.Query)),
        new(StatusCodes.Status401Unauthorized, "Unauthorized", "No valid bearer token was sent.", typeof(ProblemDetails),
            "https://tools.ietf.org/html/rfc9110#section-15.5.2", "Unauthorized", null,
            AppliesTo: context => !context.IsAnonymous()),
        new(StatusCodes.Status403Forbidden, "Forbidden", "The caller's roles do not allow this, or the resource is not theirs.", typeof(ProblemDetails),
            "https://tools.ietf.org/html/rfc9110#section-15.5.4", "Not allowed for this caller.", "Technicians see only their own work orders.",
            AppliesTo: context => !context.IsAnonymous()),
        new(StatusCodes.Status404NotFound, "NotFound", "The resource named in the path does not exist.", typeof(ProblemDetails),
            "https://tools.ietf.org/html/rfc9110#section-15.5.5", "Work order not found.", "Work order 6f1c2d3e-0000-4000-8000-000000000001 was not found.",
            AppliesTo: context => context.Binds(BindingSource.Path)),
        new(StatusCodes.Status409Conflict, "Conflict", "A business rule refuses the action (ruleId names it), or a retry with the same Idempotency-Key is still running.", typeof(ProblemDetails),
            "https://tools.ietf.org/html/rfc9110#section-15.5.10", "A business rule refuses this action.", "WO-2: only an active technician can be assigned",
            RuleId: "WO-2",
            AppliesTo: context => context.IsWrite() && !context.IsAnonymous()),
        new(StatusCodes.Status412PreconditionFailed, "PreconditionFailed", "If-Match named a version that is no longer current: reload and try again.", typeof(ProblemDetails),
            "https://tools.ietf.org/html/rfc9110#section-15.5.13", "The resource has changed.", "Work order 6f1c2d3e-0000-4000-8000-000000000001 has changed since it was read.",
            AppliesTo: context => context.ReadsIfMatch()),
        new(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", "The request body is over the size limit.", typeof(ProblemDetails),
            "https://tools.ietf.org/html/rfc9110#section-15.5.14", "The request body is too large.", "Request bodies are limited to 1024 KiB.",
            AppliesTo: context => context.Binds(BindingSource.Body)),
        new(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The body's media type is not the one the operation takes (a correction: application/merge-patch+json), or a file's bytes are not a JPEG, PNG, HEIC, WebP or PDF, whatever its name (X-6).", typeof(ProblemDetails),
            "https://tools.ietf.org/html/rfc9110#section-15.5.16", "The file's type is not accepted.", "The bytes are not a JPEG, PNG, HEIC, WebP or PDF file, whatever its name says.",
            AppliesTo: context => context.RequiresIfMatch() || context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ChunkBody>().Any()),
        new(StatusCodes.Status422UnprocessableEntity, "UnprocessableEntity", "The Idempotency-Key was already used with another request.", typeof(ProblemDetails),
            "https://tools.ietf.org/html/rfc9110#section-15.5.21", "Idempotency-Key reused.", "This key was used with another request; use a new key.",
            AppliesTo: context => context.HonoursIdempotencyKey()),
        new(StatusCodes.Status428PreconditionRequired, "PreconditionRequired", "A correction came without If-Match: read the resource and send its ETag.", typeof(ProblemDetails),
            "https://www.rfc-editor.org/rfc/rfc6585#section-3", "If-Match is required.", "Send the ETag you read as If-Match: a correction without it could overwrite a change you have not seen.",
            AppliesTo: context => context.RequiresIfMatch()),
        new(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests from this caller; retry after the seconds in Retry-After.", typeof(ProblemDetails),
            "https://www.rfc-editor.org/rfc/rfc6585#section-4", "Too many requests.", "Slow down and retry after the time in Retry-After.",
            AppliesTo: _ => true),
    ];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        foreach (var problem in Problems.Where(problem => problem.AppliesTo(context)))
        {
            var components = context.Document.Components ??= new OpenApiComponents();
            components.Responses ??= new Dictionary<string, IOpenApiResponse>();
            if (!components.Responses.ContainsKey(problem.Name))
            {
                components.Responses[problem.Name] = problem.Describe(context.SchemaGenerator.GenerateSchema(problem.Schema, context.SchemaRepository));
            }

            operation.Responses[problem.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponseReference(problem.Name, context.Document);
        }
    }

    private sealed record ProblemResponse(
        int Status,
        string Name,
        string Description,
        Type Schema,
        string Type,
        string Title,
        string? Detail,
        Func<OperationFilterContext, bool> AppliesTo,
        JsonObject? Errors = null,
        string? RuleId = null)
    {
        public OpenApiResponse Describe(IOpenApiSchema schema)
        {
            var example = new JsonObject { ["type"] = Type, ["title"] = Title, ["status"] = Status };
            if (Detail is not null)
            {
                example["detail"] = Detail;
            }

            if (Errors is not null)
            {
                example["errors"] = Errors.DeepClone();
            }

            if (RuleId is not null)
            {
                example["ruleId"] = RuleId;
            }

            example["correlationId"] = "4bf92f3577b34da6a3ce929d0e0e4736";
            var response = new OpenApiResponse
            {
                Description = Description,
                Content = new Dictionary<string, IOpenApiMediaType> { [ProblemMediaType] = new OpenApiMediaType { Schema = schema, Example = example } },
            };
            if (Status == StatusCodes.Status429TooManyRequests)
            {
                response.Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before retrying.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
                };
            }

            return response;
        }
    }
}
