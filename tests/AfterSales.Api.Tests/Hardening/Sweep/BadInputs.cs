using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace AfterSales.Api.Tests.Hardening.Sweep;

/// <summary>A request the sweep sends, and how to name it when it fails.</summary>
internal sealed record SweepRequest(
    OpenApiOperation Operation,
    string Variant,
    string Url,
    byte[]? Body = null,
    string? MediaType = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    int? ExpectedStatus = null)
{
    /// <summary>The body's type: the one the operation takes unless the request is about sending another.</summary>
    public string ContentType => MediaType ?? Operation.BodyMediaType;

    public override string ToString() => $"{Operation.Method} {Url} [{Variant}]";
}

/// <summary>
/// Turns each operation of the OpenAPI document into requests a careless or hostile client could send:
/// every path, query and header parameter given wrong values, and the JSON body mutated field by field
/// with values chosen by the field's type, plus whole-body abuse. Seeded, so a failure reproduces.
/// </summary>
internal sealed class BadInputs(OpenApiOperations document, int seed, Func<string, Guid?> knownId)
{
    /// <summary>Longer than any column or field the API accepts.</summary>
    private static readonly string Huge = new('x', 5_000);

    private static readonly byte[] TwoMegabytes = Encoding.UTF8.GetBytes($"{{\"note\":\"{new string('x', 2 * 1024 * 1024)}\"}}");

    private static readonly string DeeplyNested = new string('[', 10_000) + new string(']', 10_000);

    private readonly Random random = new(seed);

    public IEnumerable<SweepRequest> For(OpenApiOperation operation)
    {
        var body = operation.BodySchema is { } schema ? Sample(schema, "body", 0) : null;
        return PathAbuse(operation, body)
            .Concat(ParameterAbuse(operation, body))
            .Concat(WholeBodyAbuse(operation, body))
            .Concat(operation.BodySchema is { } bodySchema ? FieldAbuse(operation, bodySchema, body!) : []);
    }

    /// <summary>The operation as a well-behaved client would send it, with the seeded records' ids.</summary>
    public SweepRequest Baseline(OpenApiOperation operation) =>
        new(operation, "baseline", UrlFor(operation, name => RealId(operation.Path, name)),
            operation.BodySchema is { } schema ? Json(Sample(schema, "body", 0)) : null);

    private IEnumerable<SweepRequest> PathAbuse(OpenApiOperation operation, JsonNode? body)
    {
        yield return Baseline(operation);
        foreach (var parameter in operation.Parameters.Where(parameter => parameter.In == "path"))
        {
            foreach (var value in new[] { Guid.Empty.ToString(), NewId().ToString(), "not-a-guid", "' OR '1'='1", "-1", new string('9', 300), "%00" })
            {
                var url = UrlFor(operation, name => name == parameter.Name ? Uri.EscapeDataString(value) : RealId(operation.Path, name));
                yield return new SweepRequest(operation, $"path {parameter.Name}={Shorten(value)}", url, Json(body));
            }
        }
    }

    private IEnumerable<SweepRequest> ParameterAbuse(OpenApiOperation operation, JsonNode? body)
    {
        var url = UrlFor(operation, name => RealId(operation.Path, name));
        foreach (var parameter in operation.Parameters.Where(parameter => parameter.In is "query" or "header"))
        {
            foreach (var value in BadParameterValues(parameter))
            {
                yield return parameter.In == "query"
                    ? new SweepRequest(operation, $"query {parameter.Name}={Shorten(value)}", $"{url}?{parameter.Name}={Uri.EscapeDataString(value)}", Json(body))
                    : new SweepRequest(operation, $"header {parameter.Name}: {Shorten(value)}", url, Json(body), Headers: new Dictionary<string, string> { [parameter.Name] = value });
            }
        }
    }

    private IEnumerable<SweepRequest> WholeBodyAbuse(OpenApiOperation operation, JsonNode? body)
    {
        if (operation.Method == "GET")
        {
            yield break;
        }

        var url = UrlFor(operation, name => RealId(operation.Path, name));
        SweepRequest Raw(string variant, string text, string? contentType = null) =>
            new(operation, variant, url, Encoding.UTF8.GetBytes(text), contentType);

        yield return Raw("empty object", "{}");
        yield return Raw("null", "null");
        yield return Raw("array", "[]");
        yield return Raw("string", "\"text\"");
        yield return Raw("truncated", "{\"a\": ");
        yield return Raw("trailing comma", "{\"a\": 1,}");
        yield return Raw("comments", "{/* hi */}");
        yield return Raw("duplicate property", "{\"note\": 1, \"note\": 2}");
        yield return Raw("deeply nested", DeeplyNested);
        yield return Raw("deeply nested field", $"{{\"note\": {DeeplyNested}}}");
        yield return new SweepRequest(operation, "invalid UTF-8", url, [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']);
        yield return new SweepRequest(operation, "2 MB body", url, TwoMegabytes, ExpectedStatus: 413);
        yield return Raw("text/plain", body?.ToJsonString() ?? "hello", "text/plain");
        yield return Raw("xml", "<workOrder><id>1</id></workOrder>", "application/xml");
        yield return Raw("form", "a=1&b=2", "application/x-www-form-urlencoded");
        if (body is JsonObject fields)
        {
            var extra = (JsonObject)fields.DeepClone();
            extra["unexpectedField"] = 1;
            extra["$type"] = "System.IO.FileInfo, System.IO.FileSystem";
            extra["__proto__"] = new JsonObject { ["admin"] = true };
            yield return new SweepRequest(operation, "extra properties", url, Json(extra));
        }
    }

    /// <summary>Each field, at any depth, replaced by values wrong for its type (and removed), the rest of the body kept valid.</summary>
    private IEnumerable<SweepRequest> FieldAbuse(OpenApiOperation operation, JsonObject schema, JsonNode body)
    {
        var url = UrlFor(operation, name => RealId(operation.Path, name));
        foreach (var (path, fieldSchema) in Fields(schema, [], 0))
        {
            yield return new SweepRequest(operation, $"{string.Join('.', path)} missing", url, Json(Replaced(body, path, remove: true, null)));
            foreach (var value in BadFieldValues(fieldSchema, body, path))
            {
                yield return new SweepRequest(operation, $"{string.Join('.', path)}={Shorten(value?.ToJsonString() ?? "null")}", url, Json(Replaced(body, path, remove: false, value)));
            }
        }
    }

    private IEnumerable<(IReadOnlyList<string> Path, JsonObject Schema)> Fields(JsonObject schema, IReadOnlyList<string> prefix, int depth)
    {
        if (depth > 3 || schema["properties"] is not JsonObject properties)
        {
            yield break;
        }

        foreach (var property in properties)
        {
            var fieldSchema = document.Resolve(property.Value!.AsObject());
            IReadOnlyList<string> path = [.. prefix, property.Key];
            yield return (path, fieldSchema);
            var kind = OpenApiOperations.TypeOf(fieldSchema);
            var inner = kind == "array" && fieldSchema["items"] is JsonObject items ? document.Resolve(items) : fieldSchema;
            foreach (var nested in Fields(inner, kind == "array" ? [.. path, "0"] : path, depth + 1))
            {
                yield return nested;
            }
        }
    }

    private List<JsonNode?> BadFieldValues(JsonObject schema, JsonNode body, IReadOnlyList<string> path)
    {
        var values = new List<JsonNode?> { null };
        switch (OpenApiOperations.TypeOf(schema), OpenApiOperations.FormatOf(schema))
        {
            case ("string", "uuid"):
                values.AddRange(["not-a-uuid", Guid.Empty.ToString(), NewId().ToString(), 42]);
                break;
            case ("string", "date"):
                values.AddRange(["2026-02-30", "31/12/2026", "0001-01-01", "9999-12-31", "2026-11-16T10:00:00+08:00", 20261116]);
                break;
            case ("string", "date-time"):
                values.AddRange(["2026-11-16T25:00:00+08:00", "2026-11-16", "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59-14:00", "garbage", 1_763_258_400]);
                break;
            case ("string", _):
                values.AddRange([12345, true, string.Empty, "   ", Huge, "nul\u0000byte", "' OR '1'='1'; --", "🔧 维修 ✓", new JsonObject()]);
                break;
            case ("enum", _):
                values.AddRange(["NotAValue", string.Empty, 99, "normal", new JsonArray()]);
                break;
            case ("integer", _):
                values.AddRange([-1, 0, int.MaxValue, int.MinValue, 2_147_483_648L, 1.5, "7", Number("1e400"), Number("9223372036854775808")]);
                break;
            case ("number", _):
                values.AddRange([-1, 0, -0.01, 0.001, 1e20, 1e28, Number("79228162514264337593543950336"), Number("1e400"), 99_999_999_999_999.99m, "10"]);
                break;
            case ("boolean", _):
                values.AddRange(["true", 1]);
                break;
            case ("array", _):
                values.AddRange([new JsonObject(), "x", new JsonArray(), new JsonArray((JsonNode?)null), Repeated(Current(body, path), 1_000)]);
                break;
            case ("object", _):
                values.AddRange(["x", new JsonArray(), new JsonObject()]);
                break;
        }

        return values;
    }

    private static IEnumerable<string> BadParameterValues(OpenApiParameter parameter) =>
        (OpenApiOperations.TypeOf(parameter.Schema), OpenApiOperations.FormatOf(parameter.Schema), parameter.Name) switch
        {
            (_, _, "If-Match") => ["garbage", "\"-1\"", "\"99999999999999999999\"", "W/\"1\"", "*", Huge],
            ("integer", _, _) => ["-1", "0", "2147483647", "-2147483648", "2147483648", "abc", "1.5", string.Empty],
            ("number", _, _) => ["-1", "1e400", "NaN", "abc"],
            ("boolean", _, _) => ["maybe", "2"],
            ("enum", _, _) => ["NotAValue", "99", string.Empty],
            ("string", "uuid", _) => ["not-a-uuid", Guid.Empty.ToString(), "' OR '1'='1"],
            ("string", "date", _) => ["2026-02-30", "31/12/2026", "0001-01-01", "9999-12-31"],
            ("string", "date-time", _) => ["2026-11-16T25:00:00+08:00", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "garbage"],
            _ => [Huge, "' OR '1'='1'; --", "%", "nul\u0000byte", "🔧 ✓", "-1"],
        };

    /// <summary>A plausible value for the schema: its example, a seeded record's id for an id field, or something of the right type.</summary>
    private JsonNode? Sample(JsonObject schema, string name, int depth)
    {
        if (schema["example"] is { } example)
        {
            return example.DeepClone();
        }

        return (OpenApiOperations.TypeOf(schema), OpenApiOperations.FormatOf(schema)) switch
        {
            ("string", "uuid") => (knownId(name) ?? NewId()).ToString(),
            ("string", "date") => "2026-11-20",
            ("string", "date-time") => "2026-11-16T14:00:00+08:00",
            ("string", _) when name.Equals("month", StringComparison.OrdinalIgnoreCase) => "2026-10",
            ("string", _) => $"Sample {name}",
            ("integer", _) => 1,
            ("number", _) => 10,
            ("boolean", _) => false,
            ("enum", _) => schema["enum"]!.AsArray().FirstOrDefault(value => value is not null)?.DeepClone(),
            ("array", _) when depth < 4 && schema["items"] is JsonObject items => new JsonArray(Sample(document.Resolve(items), name, depth + 1)),
            ("object", _) when depth < 4 => new JsonObject(
                (schema["properties"] as JsonObject ?? [])
                    .Select(property => KeyValuePair.Create(property.Key, Sample(document.Resolve(property.Value!.AsObject()), property.Key, depth + 1)))),
            _ => null,
        };
    }

    /// <summary>The seeded record's id; for a calendar's year, the one path parameter that is a number, a year nobody has listed.</summary>
    private string RealId(string path, string parameter) =>
        parameter == "year" ? "2099" : (knownId(parameter == "id" ? path.Split('/')[3] : parameter) ?? NewId()).ToString();

    private static string UrlFor(OpenApiOperation operation, Func<string, string> valueOf) =>
        System.Text.RegularExpressions.Regex.Replace(operation.Path, "{([^}]+)}", match => valueOf(match.Groups[1].Value));

    private static JsonNode? Replaced(JsonNode body, IReadOnlyList<string> path, bool remove, JsonNode? value)
    {
        var copy = body.DeepClone();
        var parent = path.SkipLast(1).Aggregate((JsonNode?)copy, (node, step) => node is JsonArray array ? array.ElementAtOrDefault(int.Parse(step, CultureInfo.InvariantCulture)) : node?[step]);
        if (parent is JsonObject fields)
        {
            if (remove)
            {
                fields.Remove(path[^1]);
            }
            else
            {
                fields[path[^1]] = value?.DeepClone();
            }
        }

        return copy;
    }

    private static JsonNode? Current(JsonNode body, IReadOnlyList<string> path) =>
        path.Aggregate((JsonNode?)body, (node, step) => node is JsonArray array ? array.ElementAtOrDefault(int.Parse(step, CultureInfo.InvariantCulture)) : node?[step]);

    private static JsonArray Repeated(JsonNode? array, int times) =>
        new([.. Enumerable.Repeat(array is JsonArray { Count: > 0 } items ? items[0] : null, times).Select(item => item?.DeepClone())]);

    /// <summary>A JSON number the .NET types cannot hold, written verbatim.</summary>
    private static JsonNode Number(string literal) => JsonNode.Parse(literal)!;

    private static byte[]? Json(JsonNode? body) => body is null ? null : Encoding.UTF8.GetBytes(body.ToJsonString());

    /// <summary>Ids from the seeded generator, so the same requests go out on every run.</summary>
    private Guid NewId()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string Shorten(string value) =>
        value.Length > 40 ? $"{value[..20]}…({value.Length} chars)" : value;
}
