using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.OpenApi;

/// <summary>
/// An enum or object that may be null (a work order's <c>method</c> before one is chosen, a handover item's <c>outcome</c>)
/// is generated as <c>allOf: [reference]</c> with the type <c>null</c>, which says "null and the reference at once": nothing
/// validates against it. Written as OpenAPI 3.1 means it, <c>oneOf: [reference, {type: null}]</c>, strict validators accept
/// null and generators type it as the enum or class, nullable.
/// </summary>
internal sealed class NullableReferencesFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in context.SchemaRepository.Schemas.Values)
        {
            Rewrite(schema, seen);
        }

        foreach (var operation in (document.Paths ?? []).SelectMany(path => path.Value.Operations ?? []).Select(operation => operation.Value))
        {
            var media = (operation.RequestBody?.Content?.Values ?? [])
                .Concat((operation.Responses ?? []).Values.SelectMany(response => response.Content?.Values ?? []));
            foreach (var schema in media.Select(content => content.Schema).Concat((operation.Parameters ?? []).Select(parameter => parameter.Schema)))
            {
                Rewrite(schema, seen);
            }
        }
    }

    private static void Rewrite(IOpenApiSchema? schema, HashSet<IOpenApiSchema> seen)
    {
        if (schema is not OpenApiSchema concrete || !seen.Add(concrete))
        {
            return;
        }

        if (concrete is { AllOf: [OpenApiSchemaReference reference], Type: JsonSchemaType.Null })
        {
            concrete.AllOf = null;
            concrete.Type = null;
            concrete.OneOf = [reference, new OpenApiSchema { Type = JsonSchemaType.Null }];
            return;
        }

        foreach (var child in new[] { concrete.Items, concrete.AdditionalProperties }.Concat(concrete.Properties?.Values ?? [])
                     .Concat(concrete.AllOf ?? []).Concat(concrete.OneOf ?? []).Concat(concrete.AnyOf ?? []))
        {
            Rewrite(child, seen);
        }
    }
}
