using System.Globalization;
using System.Text.Json;

namespace FaultDrill;

internal static class Verbs
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary><c>load --api URLS --seconds S --workers W --state FILE --scenario NAME</c></summary>
    public static async Task<int> LoadAsync(Options options, CancellationToken cancellationToken)
    {
        using var api = await AfterSalesApi.ConnectAsync(options.Apis(), cancellationToken);
        var tally = new Tally { Scenario = options.Text("scenario"), Customer = api.Machine.Customer };
        await Load.RunAsync(api, tally, options.Number("workers", 4), TimeSpan.FromSeconds(options.Number("seconds", 10)), cancellationToken);
        await SaveAsync(tally, options.Text("state"), cancellationToken);
        Console.WriteLine($"{tally.Scenario}: {tally.Requests} requests, {tally.Acks.Count} acknowledged creates, {tally.Unavailable} × 503");
        return 0;
    }

    /// <summary><c>standby-load --api URL --seconds S --state FILE --scenario NAME [--standby CONN --standby-log FILE]</c></summary>
    public static async Task<int> StandbyLoadAsync(Options options, CancellationToken cancellationToken)
    {
        using var api = await AfterSalesApi.ConnectAsync(options.Apis(), cancellationToken);
        var tally = new Tally { Scenario = options.Text("scenario"), Customer = api.Machine.Customer };
        await StandbyReads.RunAsync(api, tally, options.Number("workers", 4), TimeSpan.FromSeconds(options.Number("seconds", 8)), cancellationToken);
        if (options.Text("standby", "") is { Length: > 0 } standby)
        {
            await StandbyReads.ProveServedAsync(tally, standby, options.Text("standby-log"), cancellationToken);
        }

        await SaveAsync(tally, options.Text("state"), cancellationToken);
        Console.WriteLine($"{tally.Scenario}: {tally.Requests} requests, {tally.Acks.Count} acknowledged creates");
        return 0;
    }

    /// <summary><c>shutdown --api URL --db CONN --pid PID --requests N --timeout-seconds T --state FILE --scenario NAME</c></summary>
    public static async Task<int> ShutdownAsync(Options options, CancellationToken cancellationToken)
    {
        using var api = await AfterSalesApi.ConnectAsync(options.Apis(), cancellationToken);
        var tally = new Tally { Scenario = options.Text("scenario"), Customer = api.Machine.Customer };
        await GracefulShutdown.RunAsync(
            api,
            new DrillDatabase(options.Text("db")),
            int.Parse(options.Text("pid"), CultureInfo.InvariantCulture),
            options.Number("requests", 20),
            TimeSpan.FromSeconds(options.Number("timeout-seconds", 30)),
            tally,
            cancellationToken);
        await SaveAsync(tally, options.Text("state"), cancellationToken);
        return 0;
    }

    /// <summary><c>two-instances --api URL1,URL2 --db CONN --logs LOG1,LOG2 --summary FILE</c>: several rows at once.</summary>
    public static async Task<int> TwoInstancesAsync(Options options, CancellationToken cancellationToken)
    {
        using var api = await AfterSalesApi.ConnectAsync(options.Apis(), cancellationToken);
        var database = new DrillDatabase(options.Text("db"));
        var summary = options.Text("summary");
        foreach (var drill in TwoInstances.Drills(api, database, options.Text("logs").Split(',')))
        {
            var tally = await drill(cancellationToken);
            await Verdict.RecordAsync(tally, database, Expectation.Steady, summary, cancellationToken);
        }

        return 0;
    }

    /// <summary><c>check --state FILE --db CONN --summary FILE [--expect steady|outage|crash] [--exit-code N] [--log API-LOG]</c></summary>
    public static async Task<int> CheckAsync(Options options, CancellationToken cancellationToken)
    {
        var tally = JsonSerializer.Deserialize<Tally>(await File.ReadAllTextAsync(options.Text("state"), cancellationToken))!;
        if (options.Text("exit-code", "0") != "0")
        {
            tally.Fail($"the API exited with {options.Text("exit-code")}, not 0");
        }

        if (options.Text("log", "") is { Length: > 0 } log)
        {
            // The sweeper meets the fault too; it must log and carry on, not take the host down with it.
            tally.Facts["SLA sweeps failed and retried"] = (await File.ReadAllLinesAsync(log, cancellationToken)).Count(line => line.Contains("SLA sweep failed", StringComparison.Ordinal));
        }

        var expectation = Enum.Parse<Expectation>(options.Text("expect", nameof(Expectation.Steady)), ignoreCase: true);
        var database = new DrillDatabase(options.Text("db"));
        // Only this drill registers orders for its customer: any beyond the acknowledged ones committed without an answer.
        tally.Facts["committed, never acknowledged"] = await database.CountOrdersOfAsync(tally.Customer, cancellationToken) - tally.Acks.Count;
        await Verdict.RecordAsync(tally, database, expectation, options.Text("summary"), cancellationToken);
        return 0;
    }

    /// <summary><c>summary --summary FILE</c>: the table; exits 1 when any drill failed.</summary>
    public static int Summary(Options options) => Verdict.PrintTable(options.Text("summary"));

    private static async Task SaveAsync(Tally tally, string path, CancellationToken cancellationToken) =>
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(tally, Indented), cancellationToken);
}
