using System.Text.Json;

namespace AfterSales.Api.Http;

/// <summary>
/// HC-3: a JSON body carrying a property named like a password, secret or token — at any depth, such as
/// <c>account.password</c> or <c>items[0].apiKey</c> — is refused with 400 naming each such field, before
/// it is bound, stored or logged. It guards every endpoint, not only the handover's: none takes a secret
/// (dev-token takes a user name, roles and a technician id and only answers with a token), so a request
/// with one is a client mistake, and refusing it everywhere keeps secrets out of every table and log.
/// </summary>
internal sealed class SecretFieldsMiddleware(RequestDelegate next)
{
    public const string RuleId = "HC-3";

    /// <summary>Looked for in property names lower-cased without '_' and '-', so that api_key and Private-Key are caught too.</summary>
    private static readonly string[] SecretWords = ["password", "passwd", "pwd", "secret", "token", "apikey", "credential", "privatekey"];

    private static readonly string[] Refusal = [$"{RuleId}: passwords, secrets and tokens are never sent to this API."];

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (!context.Request.HasJsonContentType())
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering();
        var fields = await SecretFieldsAsync(context.Request.Body, context.RequestAborted);
        context.Request.Body.Position = 0;
        if (fields.Count == 0)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(fields.ToDictionary(field => field, _ => Refusal))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request carries a password, secret or token.",
                Detail = $"{RuleId}: passwords, secrets and tokens are never sent to this API or stored; remove {string.Join(", ", fields)}.",
                Extensions = { ["ruleId"] = RuleId },
            },
        });
    }

    private static async Task<List<string>> SecretFieldsAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            var fields = new List<string>();
            Collect(document.RootElement, string.Empty, fields);
            return fields;
        }
        catch (JsonException)
        {
            // Malformed JSON is the binder's to refuse, naming where it broke.
            return [];
        }
    }

    /// <summary>Paths as clients wrote them, like validation errors' keys; a secret-named property is named whole, not searched further.</summary>
    private static void Collect(JsonElement element, string path, List<string> fields)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var propertyPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                if (LooksSecret(property.Name))
                {
                    fields.Add(propertyPath);
                }
                else
                {
                    Collect(property.Value, propertyPath, fields);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var value in element.EnumerateArray())
            {
                Collect(value, $"{path}[{index++}]", fields);
            }
        }
    }

    private static bool LooksSecret(string name)
    {
        var normalized = string.Concat(name.Where(character => character is not ('_' or '-'))).ToLowerInvariant();
        return SecretWords.Any(word => normalized.Contains(word, StringComparison.Ordinal));
    }
}
