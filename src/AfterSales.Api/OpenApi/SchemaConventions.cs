using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.OpenApi;

internal static class SchemaConventions
{
    /// <summary>
    /// The type's own name, which generated clients use as their class names: <c>RegisterWorkOrder</c>;
    /// a generic one reads from its arguments, <c>PagedList&lt;WorkOrderSummary&gt;</c> → <c>WorkOrderSummaryPagedList</c>.
    /// </summary>
    public static string SchemaId(Type type) =>
        type.IsGenericType
            ? string.Concat(type.GetGenericArguments().Select(SchemaId)) + type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]
            : type.Name;
}

/// <summary>Money and other decimals are exact: say so, so that generated clients use a decimal type rather than a double.</summary>
internal sealed class DecimalFormatFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && (context.Type == typeof(decimal) || context.Type == typeof(decimal?)))
        {
            concrete.Format = "decimal";
        }
    }
}
