using System.Diagnostics;
using System.Reflection;

namespace AfterSales.Api.Tests.Contract;

/// <summary>
/// clients/AfterSales.Client holds the C# client NSwag generates from docs/openapi.json with its nswag.json; it must be
/// exactly what the committed contract generates today, so the client and the contract change together.
/// </summary>
// After the document test: when both update, the client is made from the document that test has just written.
[DependsOnFixture(typeof(OpenApiDocumentTests), AllowFailure = true)]
public sealed class CSharpClientTests
{
    public const string CommittedClient = "clients/AfterSales.Client/AfterSalesClient.g.cs";
    private const string Settings = "clients/AfterSales.Client/nswag.json";

    [Test]
    public async Task The_committed_client_is_what_nswag_generates_from_the_committed_contract()
    {
        var generated = await GenerateAsync();

        var committed = CommittedFiles.ReadOrUpdate(CommittedClient, generated);

        Assert.That(committed?.ReplaceLineEndings(), Is.EqualTo(generated.ReplaceLineEndings()),
            $"{CommittedClient} is not what NSwag generates from {OpenApiDocumentTests.CommittedDocument}. {CommittedFiles.Regenerate(CommittedClient)}");
    }

    private static async Task<string> GenerateAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), $"aftersales-client-{Guid.NewGuid():N}.cs");
        var commandLine = typeof(CSharpClientTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "NSwagCommandLine").Value!;
        using var nswag = Process.Start(new ProcessStartInfo("dotnet", [commandLine, "run", CommittedFiles.PathOf(Settings), $"/variables:Output={output}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var log = await nswag.StandardOutput.ReadToEndAsync() + await nswag.StandardError.ReadToEndAsync();
        await nswag.WaitForExitAsync();
        try
        {
            Assert.That(nswag.ExitCode, Is.Zero, log);
            return await File.ReadAllTextAsync(output);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
