using System.Globalization;

namespace FaultDrill;

/// <summary>The command line: a verb followed by <c>--name value</c> pairs.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    private Options(string verb) => Verb = verb;

    public string Verb { get; }

    public static Options Parse(string[] args)
    {
        if (args.Length == 0)
        {
            throw new ArgumentException("usage: FaultDrill <verb> --name value ...");
        }

        var options = new Options(args[0]);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected '--name value' at '{args[i]}'");
            }

            options.values[args[i][2..]] = args[i + 1];
        }

        return options;
    }

    public string Text(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required for '{Verb}'");

    public string Text(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public int Number(string name, int fallback) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    /// <summary>One or more API base addresses, comma separated (two instances side by side).</summary>
    public IReadOnlyList<Uri> Apis() => Text("api").Split(',').Select(address => new Uri(address.TrimEnd('/') + "/")).ToList();
}
