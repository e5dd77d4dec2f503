using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.OpenApi;

/// <summary>
/// Worked example bodies for the first calls an integrator makes (get a token, register a customer and a repair request,
/// assign it, read its clocks), by operationId. Spectral checks each against its schema; a name that matches no
/// operation fails the document, so an example cannot silently fall off a renamed operation.
/// </summary>
internal sealed class OperationExamplesFilter : IDocumentFilter
{
    private const string CustomerId = "3b9f1c52-7a61-4d0e-9f3a-5c2d8e4b7a10";
    private const string EquipmentId = "a7e2d4c1-3f58-4b9a-8c6d-1e0f2a3b4c5d";
    private const string TechnicianId = "c41d8f2e-9b37-4a65-b0e1-7d2c6f5a8e93";

    private static readonly Dictionary<string, JsonNode> RequestExamples = new()
    {
        ["IssueDevToken"] = new JsonObject { ["userName"] = "li.dispatcher", ["roles"] = new JsonArray("Dispatcher") },
        ["HireTechnician"] = new JsonObject
        {
            ["employeeNumber"] = "T-0042",
            ["name"] = "Zhang Wei",
            ["phone"] = "13800000042",
            ["team"] = "East",
            ["position"] = "FieldTechnician",
            ["payLevel"] = 3,
            ["hireDate"] = "2020-03-01",
        },
        ["RegisterCustomer"] = new JsonObject
        {
            ["name"] = "Shanghai Precision Parts Co.",
            ["phone"] = "02161234567",
            ["address"] = "88 Zhangjiang Road, Pudong",
            ["zone"] = "Urban",
            ["equipment"] = new JsonArray(new JsonObject
            {
                ["model"] = "HX-200 air compressor",
                ["serialNumber"] = "HX200-2026-0117",
                ["purchaseDate"] = "2026-01-15",
                ["warrantyEndsOn"] = "2028-01-15",
            }),
        },
        ["RegisterWorkOrder"] = new JsonObject
        {
            ["customerId"] = CustomerId,
            ["equipmentId"] = EquipmentId,
            ["problemDescription"] = "The compressor stops after ten minutes and shows E4.",
            ["priority"] = "Urgent",
            ["channel"] = "Phone",
        },
        ["AssignWorkOrder"] = new JsonObject { ["technicianId"] = TechnicianId },
    };

    private static readonly Dictionary<string, JsonNode> ResponseExamples = new()
    {
        ["GetWorkOrderSla"] = new JsonArray(
            Clock("dispatch", "Met", "2026-11-16T02:00:00+00:00", "2026-11-16T04:00:00+00:00", "2026-11-16T02:20:00+00:00"),
            Clock("contact", "Pending", "2026-11-16T02:20:00+00:00", "2026-11-16T06:20:00+00:00", null),
            Clock("plan", "Pending", "2026-11-16T02:20:00+00:00", "2026-11-16T10:20:00+00:00", null),
            Clock("arrival", "Pending", "2026-11-16T02:00:00+00:00", "2026-11-17T02:00:00+00:00", null, provisional: true),
            Clock("resolution", "Pending", "2026-11-16T02:00:00+00:00", "2026-11-19T02:00:00+00:00", null),
            Clock("followUp", "Pending", null, null, null)),
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var operations = (document.Paths ?? [])
            .SelectMany(path => path.Value.Operations ?? [])
            .Where(operation => operation.Value.OperationId is not null)
            .ToDictionary(operation => operation.Value.OperationId!, operation => operation.Value);

        foreach (var (operationId, example) in RequestExamples)
        {
            Json(Find(operations, operationId).RequestBody?.Content, operationId).Example = example.DeepClone();
        }

        foreach (var (operationId, example) in ResponseExamples)
        {
            IOpenApiResponse? ok = null;
            Find(operations, operationId).Responses?.TryGetValue("200", out ok);
            Json(ok?.Content, operationId).Example = example.DeepClone();
        }
    }

    private static OpenApiOperation Find(Dictionary<string, OpenApiOperation> operations, string operationId) =>
        operations.GetValueOrDefault(operationId)
        ?? throw new InvalidOperationException($"An OpenAPI example names operation '{operationId}', which does not exist.");

    private static OpenApiMediaType Json(IDictionary<string, IOpenApiMediaType>? content, string operationId) =>
        (content is not null && content.TryGetValue("application/json", out var json) ? json : null) as OpenApiMediaType
        ?? throw new InvalidOperationException($"Operation '{operationId}' has no JSON body for its example.");

    /// <summary>A first-round clock (WO-13 r2); the arrival clock is provisional until a method is chosen (WO-6 r2).</summary>
    private static JsonObject Clock(string clock, string state, string? startedAt, string? deadline, string? stoppedAt, bool provisional = false) =>
        new()
        {
            ["clock"] = clock,
            ["startedAt"] = startedAt,
            ["deadline"] = deadline,
            ["stoppedAt"] = stoppedAt,
            ["state"] = state,
            ["round"] = 1,
            ["provisional"] = provisional,
        };
}
