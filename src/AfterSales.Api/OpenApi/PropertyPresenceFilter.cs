using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.OpenApi;

/// <summary>
/// Which properties are there. The API writes every property of its answers, null or not, unless the serializer is told to
/// leave it out when null (<see cref="OmittedPropertiesFilter"/>), so in a schema used only by success answers every other
/// property is required (present; its type still says whether it may be null), and generated clients type an order's
/// <c>id</c> as always there. In what clients send, an optional property may be left out or sent as null; a required
/// enum or object the validator refuses as null is the plain reference (<see cref="NullableReferencesFilter"/> turns
/// the optional ones into "the reference or null").
/// </summary>
internal sealed class PropertyPresenceFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = context.SchemaRepository.Schemas;
        var operations = (document.Paths ?? []).SelectMany(path => path.Value.Operations ?? []).Select(operation => operation.Value).ToList();

        var sentByClients = Reachable(schemas, operations.SelectMany(operation =>
            (operation.RequestBody?.Content?.Values.Select(media => media.Schema) ?? [])
                .Concat(operation.Parameters?.Select(parameter => parameter.Schema) ?? [])));
        var answered = Reachable(schemas, operations.SelectMany(operation =>
            (operation.Responses ?? [])
                .Where(response => response.Key.StartsWith('2'))
                .SelectMany(response => response.Value.Content?.Values.Select(media => media.Schema) ?? [])));

        foreach (var id in answered.Except(sentByClients))
        {
            if (schemas[id] is OpenApiSchema { Properties.Count: > 0 } schema)
            {
                schema.Required = new SortedSet<string>(schema.Properties.Keys.Except(OmittedPropertiesFilter.Of(schema)), StringComparer.Ordinal);
            }
        }

        foreach (var sent in sentByClients.Select(id => schemas[id]).OfType<OpenApiSchema>().Where(schema => schema.Properties is not null))
        {
            foreach (var (name, property) in sent.Properties!.ToList())
            {
                if (property is OpenApiSchema { AllOf: [OpenApiSchemaReference reference], Type: JsonSchemaType.Null } && sent.Required?.Contains(name) == true)
                {
                    sent.Properties![name] = reference;
                }
            }
        }
    }

    /// <summary>The ids of the component schemas these schemas use, directly or through others.</summary>
    private static HashSet<string> Reachable(Dictionary<string, IOpenApiSchema> schemas, IEnumerable<IOpenApiSchema?> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<IOpenApiSchema>(roots.OfType<IOpenApiSchema>());
        while (pending.TryPop(out var schema))
        {
            if (schema is OpenApiSchemaReference { Reference.Id: { } id })
            {
                if (seen.Add(id) && schemas.TryGetValue(id, out var target))
                {
                    pending.Push(target);
                }

                continue;
            }

            foreach (var child in Children(schema))
            {
                pending.Push(child);
            }
        }

        return seen;
    }

    private static IEnumerable<IOpenApiSchema> Children(IOpenApiSchema schema) =>
        new[] { schema.Items, schema.AdditionalProperties }.OfType<IOpenApiSchema>()
            .Concat(schema.Properties?.Values ?? [])
            .Concat(schema.AllOf ?? [])
            .Concat(schema.OneOf ?? [])
            .Concat(schema.AnyOf ?? []);
}
