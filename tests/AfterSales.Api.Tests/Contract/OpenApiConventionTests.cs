using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;

namespace AfterSales.Api.Tests.Contract;

/// <summary>What a client generator needs from every operation, and the error answers derived from what each endpoint does.</summary>
public sealed class OpenApiConventionTests : ApiTest
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    [Test]
    public async Task Every_operation_has_a_unique_operation_id_a_summary_one_tag_and_a_rate_limit_answer()
    {
        var operations = await Operations();

        var incomplete = operations
            .Where(operation => operation.Body["operationId"] is null
                || string.IsNullOrWhiteSpace(operation.Body["summary"]?.GetValue<string>())
                || operation.Body["tags"]?.AsArray().Count != 1
                || operation.Body["responses"]?["429"] is null)
            .Select(operation => operation.Name);
        var duplicated = operations.GroupBy(operation => operation.Body["operationId"]?.GetValue<string>()).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.That(operations, Has.Count.GreaterThan(70));
        Assert.That(incomplete, Is.Empty);
        Assert.That(duplicated, Is.Empty);
    }

    [TestCase("/api/v1/work-orders/{id}/assign", "post", "AssignWorkOrder", new[] { "200", "400", "401", "403", "404", "409", "412", "413", "422", "429" })]
    [TestCase("/api/v1/work-orders", "post", "RegisterWorkOrder", new[] { "201", "400", "401", "403", "409", "413", "422", "429" })]
    [TestCase("/api/v1/work-orders/{id}", "get", "GetWorkOrder", new[] { "200", "304", "401", "403", "404", "429" })]
    [TestCase("/api/v1/work-orders", "get", "ListWorkOrders", new[] { "200", "400", "401", "403", "429" })]
    [TestCase("/api/v1/sales-leads/{id}/won", "post", "MarkSalesLeadWon", new[] { "200", "400", "401", "403", "404", "409", "412", "422", "429" })]
    [TestCase("/api/v1/auth/dev-token", "post", "IssueDevToken", new[] { "200", "400", "409", "413", "429" })]
    public async Task Error_answers_follow_what_the_endpoint_reads(string path, string method, string operationId, string[] statuses)
    {
        var operation = (await Operations()).Single(operation => operation.Name == $"{method.ToUpperInvariant()} {path}").Body;

        Assert.That(operation["operationId"]!.GetValue<string>(), Is.EqualTo(operationId));
        Assert.That(operation["responses"]!.AsObject().Select(response => response.Key), Is.EquivalentTo(statuses));
    }

    [Test]
    public async Task Problems_are_shared_responses_with_an_example_and_writes_of_versioned_resources_answer_an_etag()
    {
        var document = await Document();
        var assign = document["paths"]!["/api/v1/work-orders/{id}/assign"]!["post"]!["responses"]!;
        var preconditionFailed = document["components"]!["responses"]!["PreconditionFailed"]!["content"]!["application/problem+json"]!;

        Assert.That(assign["412"]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/responses/PreconditionFailed"));
        Assert.That(preconditionFailed["example"]!["status"]!.GetValue<int>(), Is.EqualTo(412));
        Assert.That(preconditionFailed["schema"]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/ProblemDetails"));
        Assert.That(assign["200"]!["headers"]!["ETag"], Is.Not.Null);
        Assert.That(document["paths"]!["/api/v1/work-orders"]!["post"]!["responses"]!["201"]!["headers"]!.AsObject().Select(header => header.Key),
            Is.EquivalentTo(new[] { "X-Correlation-Id", "ETag", "Location", "Idempotent-Replayed" }));
    }

    [Test]
    public async Task Decimals_enums_dates_and_ids_have_their_formats()
    {
        var schemas = (await Document())["components"]!["schemas"]!;
        var payment = schemas["RecordPayment"]!["properties"]!;
        var order = schemas["WorkOrderResponse"]!["properties"]!;

        Assert.That(payment["amount"]!["format"]!.GetValue<string>(), Is.EqualTo("decimal"));
        Assert.That(schemas["Priority"]!["enum"]!.AsArray().Select(value => value!.GetValue<string>()), Is.EqualTo(new[] { "Normal", "Urgent" }));
        Assert.That(order["id"]!["format"]!.GetValue<string>(), Is.EqualTo("uuid"));
        Assert.That(order["receivedAt"]!["format"]!.GetValue<string>(), Is.EqualTo("date-time"));
        Assert.That(schemas["EquipmentDetails"]!["properties"]!["purchaseDate"]!["format"]!.GetValue<string>(), Is.EqualTo("date"));
    }

    [Test]
    public async Task Requests_carry_their_unconditional_validation_rules_and_answers_have_every_property()
    {
        var schemas = (await Document())["components"]!["schemas"]!;
        var registerCustomer = schemas["RegisterCustomer"]!;
        var registerOrder = schemas["RegisterWorkOrder"]!;

        Assert.That(Names(registerCustomer["required"]), Is.EquivalentTo(new[] { "name", "phone", "address", "zone" }), "equipment is optional");
        Assert.That(registerCustomer["properties"]!["name"]!["maxLength"]!.GetValue<int>(), Is.EqualTo(200));
        Assert.That(registerCustomer["properties"]!["name"]!["minLength"]!.GetValue<int>(), Is.EqualTo(1));
        // customerId or customer, equipmentId or equipment: conditional rules stay out of the schema.
        Assert.That(Names(registerOrder["required"]), Is.EquivalentTo(new[] { "problemDescription", "priority", "channel" }));
        Assert.That(Names(schemas["AssignWorkOrder"]!["required"]), Is.EqualTo(new[] { "technicianId" }));
        Assert.That(Names(schemas["SlaClockResponse"]!["required"]), Is.EquivalentTo(new[] { "clock", "startedAt", "deadline", "stoppedAt", "state", "round", "provisional" }));
    }

    private static IEnumerable<string> Names(JsonNode? array) => array!.AsArray().Select(name => name!.GetValue<string>());

    private static async Task<JsonNode> Document() => JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;

    private static async Task<IReadOnlyList<(string Name, JsonNode Body)>> Operations() =>
        [.. from path in (await Document())["paths"]!.AsObject()
            from operation in path.Value!.AsObject()
            where Methods.Contains(operation.Key)
            select ($"{operation.Key.ToUpperInvariant()} {path.Key}", operation.Value!)];
}
