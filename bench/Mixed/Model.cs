using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace AfterSales.Bench.Mixed;

internal sealed record Kind(string Name, int Weight);

internal sealed record Machine(string CustomerId, string EquipmentId);

internal sealed record MixedOptions(
    string Url,
    string DataDirectory,
    string DispatcherToken,
    string ManagerToken,
    string HrToken,
    string Month,
    int Connections,
    int WarmupSeconds,
    int DurationSeconds)
{
    public static MixedOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index + 1 < args.Length; index += 2)
        {
            values[args[index].TrimStart('-')] = args[index + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");
        int Number(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
        return new MixedOptions(
            Required("url"),
            Required("data"),
            Required("dispatcher-token"),
            Required("manager-token"),
            Required("hr-token"),
            Required("month"),
            Number("connections", 32),
            Number("warmup", 5),
            Number("duration", 20));
    }
}

/// <summary>What the requests are drawn from: orders to read, open orders in the field, machines to register orders for.</summary>
internal sealed record MixedData(IReadOnlyList<string> Orders, IReadOnlyList<string> FieldOrders, IReadOnlyList<Machine> Machines)
{
    public string[] ListStatuses { get; } = ["Registered", "Assigned", "InProgress", "Resolved"];

    public static MixedData Load(string directory) => new(
        File.ReadLines(Path.Combine(directory, "ids.txt")).Where(line => line.Length > 0).ToList(),
        File.ReadLines(Path.Combine(directory, "field.txt")).Where(line => line.Length > 0).ToList(),
        File.ReadLines(Path.Combine(directory, "customers.txt")).Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .Select(parts => new Machine(parts[0], parts[1]))
            .ToList());
}

/// <summary>The ETags a field app holds for the orders on its phone.</summary>
internal static class FieldOrders
{
    public static async Task<ConcurrentDictionary<string, string>> FetchETagsAsync(HttpClient http, string token, IEnumerable<string> orders)
    {
        var etags = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        foreach (var order in orders)
        {
            etags[order] = await FetchETagAsync(http, token, order);
        }

        return etags;
    }

    public static async Task<string> FetchETagAsync(HttpClient http, string token, string order)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/work-orders/{order}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag?.Tag ?? throw new InvalidOperationException($"order {order} came without an ETag");
    }
}

/// <summary>One kind's latencies and outcomes.</summary>
internal sealed class Tally(string kind)
{
    private readonly List<double> latencies = [];

    public string Kind { get; } = kind;

    public IReadOnlyList<double> Latencies => latencies;

    public int Failures { get; private set; }

    public int ServerErrors { get; private set; }

    public static Tally Merge(string kind, IEnumerable<Tally> parts)
    {
        var merged = new Tally(kind);
        foreach (var part in parts)
        {
            merged.latencies.AddRange(part.latencies);
            merged.Failures += part.Failures;
            merged.ServerErrors += part.ServerErrors;
        }

        merged.latencies.Sort();
        return merged;
    }

    public void Record(double milliseconds, HttpStatusCode status)
    {
        latencies.Add(milliseconds);
        Failures += (int)status >= 400 ? 1 : 0;
        ServerErrors += (int)status >= 500 ? 1 : 0;
    }

    public double Percentile(double percent) =>
        latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(percent / 100 * latencies.Count) - 1)];
}

internal static class Report
{
    public static void Print(IReadOnlyList<Tally> tallies, IReadOnlyList<Kind> kinds, MixedOptions options)
    {
        var total = tallies.Sum(tally => tally.Latencies.Count);
        var weights = kinds.Sum(kind => kind.Weight);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Mixed workload: {options.Connections} connections, {options.DurationSeconds} s after {options.WarmupSeconds} s warm-up, AfterSales alone"));
        Console.WriteLine($"{"kind",-14} {"share",6} {"requests",9} {"req/s",8} {"p50",9} {"p99",9} {"failed",7} {"5xx",5}");
        foreach (var (tally, kind) in tallies.Zip(kinds))
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{tally.Kind,-14} {kind.Weight * 100 / weights,5}% {tally.Latencies.Count,9} {tally.Latencies.Count / (double)options.DurationSeconds,8:0} {tally.Percentile(50),7:0.0}ms {tally.Percentile(99),7:0.0}ms {tally.Failures,7} {tally.ServerErrors,5}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all",-14} {100,5}% {total,9} {total / (double)options.DurationSeconds,8:0}"));
    }
}
