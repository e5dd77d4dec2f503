using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.OpenApi;

/// <summary>
/// Endpoint metadata for an answer that ASP.NET's <c>Produces</c> cannot describe: one of several JSON shapes,
/// or the same data as files, all under 200 (the grade report answers a month's or a year's shape, as JSON, CSV or XLSX).
/// </summary>
internal sealed record AlternativeResponses(IReadOnlyList<Type> JsonShapes, IReadOnlyList<string> FileMediaTypes);

/// <summary>Writes <see cref="AlternativeResponses"/> into the operation's 200: JSON as <c>oneOf</c> the shapes, each file type as binary.</summary>
internal sealed class AlternativeResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AlternativeResponses>().SingleOrDefault() is not { } alternatives)
        {
            return;
        }

        var content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/json"] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { OneOf = [.. alternatives.JsonShapes.Select(shape => context.SchemaGenerator.GenerateSchema(shape, context.SchemaRepository))] },
            },
        };
        foreach (var mediaType in alternatives.FileMediaTypes)
        {
            content[mediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
        }

        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse { Description = "OK", Content = content };
    }
}
