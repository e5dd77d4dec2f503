using System.Text.Json.Nodes;

namespace AfterSales.Api.Tests.Contract;

/// <summary>
/// Files the build generates and the repository commits (the OpenAPI document, the generated C# client):
/// a test compares them, and <c>UPDATE_OPENAPI=1</c> makes the same test rewrite them instead.
/// </summary>
internal static class CommittedFiles
{
    public const string UpdateSwitch = "UPDATE_OPENAPI";

    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AfterSales.Api.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder of AfterSales.Api.sln) is not above the test binaries.");
    });

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateSwitch) == "1";

    public static string PathOf(string relativePath) => Path.Combine(Root.Value, relativePath);

    public static string Regenerate(string relativePath) =>
        $"Regenerate it deliberately with ./build/openapi.sh (which runs the contract tests with {UpdateSwitch}=1) and commit {relativePath}.";

    /// <summary>Rewrites the file when updating; otherwise reads it.</summary>
    public static string? ReadOrUpdate(string relativePath, string generated)
    {
        var path = PathOf(relativePath);
        if (Updating)
        {
            File.WriteAllText(path, generated);
            return generated;
        }

        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>JSON differences by path (objects compared by key, whatever their order), at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<string> JsonDifferences(JsonNode? expected, JsonNode? actual, int limit = 25)
    {
        var differences = new List<string>();
        Compare("$", expected, actual, differences, limit);
        return differences;
    }

    private static void Compare(string path, JsonNode? expected, JsonNode? actual, List<string> differences, int limit)
    {
        if (differences.Count >= limit)
        {
            return;
        }

        switch (expected, actual)
        {
            case (JsonObject committed, JsonObject served):
                foreach (var key in committed.Select(property => property.Key).Union(served.Select(property => property.Key)))
                {
                    var child = $"{path}['{key}']";
                    if (!served.ContainsKey(key))
                    {
                        differences.Add($"{child}: removed");
                    }
                    else if (!committed.ContainsKey(key))
                    {
                        differences.Add($"{child}: added");
                    }
                    else
                    {
                        Compare(child, committed[key], served[key], differences, limit);
                    }
                }

                break;
            case (JsonArray committed, JsonArray served):
                for (var index = 0; index < Math.Max(committed.Count, served.Count); index++)
                {
                    Compare($"{path}[{index}]", index < committed.Count ? committed[index] : null, index < served.Count ? served[index] : null, differences, limit);
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    differences.Add($"{path}: {expected?.ToJsonString() ?? "(none)"} → {actual?.ToJsonString() ?? "(none)"}");
                }

                break;
        }
    }
}
