using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;

namespace AfterSales.Api.Tests.Contract;

/// <summary>The contract is docs/openapi.json: the running API must serve exactly it, so a change to it is always a deliberate commit.</summary>
public sealed class OpenApiDocumentTests : ApiTest
{
    public const string CommittedDocument = "docs/openapi.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Test]
    public async Task The_served_document_is_the_committed_contract()
    {
        var served = JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;

        var committedText = CommittedFiles.ReadOrUpdate(CommittedDocument, served.ToJsonString(Indented) + "\n");

        Assert.That(committedText, Is.Not.Null, $"{CommittedDocument} is missing. {CommittedFiles.Regenerate(CommittedDocument)}");
        var differences = CommittedFiles.JsonDifferences(JsonNode.Parse(committedText!), served);
        Assert.That(differences, Is.Empty, $"The API's OpenAPI document differs from {CommittedDocument} (committed → served). {CommittedFiles.Regenerate(CommittedDocument)}");
    }
}
