using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.OpenApi;

/// <summary>
/// Remembers, for each object schema, the properties the serializer leaves out when they are null or default
/// (<c>[JsonIgnore(Condition = WhenWritingNull)]</c>: a list's <c>nextCursor</c> on a numbered page, its <c>page</c> and
/// <c>totalCount</c> on a cursor page), so that <see cref="PropertyPresenceFilter"/> does not call them always present.
/// </summary>
internal sealed class OmittedPropertiesFilter : ISchemaFilter
{
    private static readonly ConditionalWeakTable<IOpenApiSchema, IReadOnlySet<string>> Omitted = new();

    /// <summary>The JSON names of the properties the answer may leave out; empty for a schema not seen here.</summary>
    public static IReadOnlySet<string> Of(IOpenApiSchema schema) =>
        Omitted.TryGetValue(schema, out var names) ? names : new HashSet<string>();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        var names = context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition
                is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault)
            .Select(property => property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name))
            .ToHashSet(StringComparer.Ordinal);
        if (names.Count > 0)
        {
            Omitted.AddOrUpdate(schema, names);
        }
    }
}
