using System.Text.Json.Nodes;

namespace AfterSales.Api.Tests.Hardening.Sweep;

/// <summary>One operation of the OpenAPI document: "POST /api/v1/work-orders/{id}/assign" with its parameters and body schema.</summary>
internal sealed record OpenApiOperation(string Method, string Path, IReadOnlyList<OpenApiParameter> Parameters, JsonObject? BodySchema, string BodyMediaType = "application/json")
{
    public string Name => $"{Method} {Path}";
}

internal sealed record OpenApiParameter(string Name, string In, JsonObject Schema);

/// <summary>
/// Reads operations and schemas straight from the document's JSON, so it works whatever the document's
/// generator adds (operation ids, examples, OpenAPI 3.0 "nullable" or 3.1 type arrays).
/// </summary>
internal sealed class OpenApiOperations(JsonNode document)
{
    public IReadOnlyList<OpenApiOperation> All() =>
    [
        .. from path in document["paths"]!.AsObject()
           from operation in path.Value!.AsObject()
           where operation.Key is "get" or "post" or "put" or "patch" or "delete"
           select new OpenApiOperation(
               operation.Key.ToUpperInvariant(),
               path.Key,
               [.. Parameters(path.Value["parameters"]).Concat(Parameters(operation.Value!["parameters"]))],
               JsonBody(operation.Value!) is { } body ? Resolve(body.Schema) : null,
               JsonBody(operation.Value!)?.MediaType ?? "application/json"),
    ];

    /// <summary>The JSON body an operation takes: <c>application/json</c>, or a correction's <c>application/merge-patch+json</c>.</summary>
    private static (string MediaType, JsonObject Schema)? JsonBody(JsonNode operation) =>
        operation["requestBody"]?["content"]?.AsObject()
            .Where(media => media.Key is "application/json" or "application/merge-patch+json" && media.Value?["schema"] is JsonObject)
            .Select(media => (media.Key, media.Value!["schema"]!.AsObject()))
            .Cast<(string, JsonObject)?>()
            .FirstOrDefault();

    /// <summary>The schema itself, with a $ref followed and a single allOf/oneOf/anyOf wrapper (3.0 nullable refs) opened.</summary>
    public JsonObject Resolve(JsonObject schema)
    {
        for (var depth = 0; depth < 10; depth++)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                schema = document["components"]!["schemas"]![reference[(reference.LastIndexOf('/') + 1)..]]!.AsObject();
            }
            else if ((schema["allOf"] ?? schema["oneOf"] ?? schema["anyOf"]) is JsonArray choices
                && choices.OfType<JsonObject>().FirstOrDefault(choice => TypeOf(choice) != "null") is { } first)
            {
                schema = first;
            }
            else
            {
                return schema;
            }
        }

        return schema;
    }

    /// <summary>"string", "integer", "number", "boolean", "array", "object", "enum"; a 3.1 type array gives its non-null type.</summary>
    public static string TypeOf(JsonObject schema) =>
        schema["enum"] is not null ? "enum"
        : schema["type"] switch
        {
            JsonValue single => single.GetValue<string>(),
            JsonArray several => several.Select(type => type!.GetValue<string>()).FirstOrDefault(type => type != "null") ?? "null",
            _ => schema["properties"] is not null ? "object" : "any",
        };

    public static string? FormatOf(JsonObject schema) => schema["format"]?.GetValue<string>();

    private IEnumerable<OpenApiParameter> Parameters(JsonNode? parameters) =>
        parameters is JsonArray list
            ? list.OfType<JsonObject>()
                .Select(parameter => parameter["$ref"] is not null ? Resolve(parameter) : parameter)
                .Select(parameter => new OpenApiParameter(
                    parameter["name"]!.GetValue<string>(),
                    parameter["in"]!.GetValue<string>(),
                    parameter["schema"] is JsonObject schema ? Resolve(schema) : new JsonObject { ["type"] = "string" }))
            : [];
}
