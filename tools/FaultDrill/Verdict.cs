using System.Globalization;
using System.Text.Json;

namespace FaultDrill;

/// <summary>What a drill's fault is expected to have caused, on top of "nothing acknowledged is lost".</summary>
internal enum Expectation
{
    /// <summary>No fault during the requests: every one answered, none 503.</summary>
    Steady,

    /// <summary>The database went away: quick 503 problem details, readiness down, liveness up, then recovery.</summary>
    Outage,

    /// <summary>The API process was killed and restarted: refused connections, then recovery.</summary>
    Crash,
}

internal sealed record SummaryRow(string Scenario, int Requests, int Acknowledged, int Found, int Unavailable, int OtherServerErrors, bool Passed, string Notes);

/// <summary>Compares a drill's acknowledgements with the database and keeps one summary row per drill.</summary>
internal static class Verdict
{
    /// <summary>A request during an outage must end well before a client or proxy would give up on it.</summary>
    private const double SlowestAllowedMilliseconds = 6_000;

    public static async Task RecordAsync(Tally tally, DrillDatabase database, Expectation expectation, string summaryPath, CancellationToken cancellationToken)
    {
        var found = await database.CountOrdersAsync(tally.Acks.Select(ack => ack.Id).ToList(), cancellationToken);
        var failures = new List<string>(tally.Failures);
        Expect(failures, found == tally.Acks.Count, $"{tally.Acks.Count - found} acknowledged creates are missing");
        Expect(failures, await database.CountHalfWrittenOrdersAsync(cancellationToken) == 0, "orders without their six SLA clocks exist");
        Expect(failures, await database.CountUnauditedOrdersAsync(cancellationToken) == 0, "orders without their creation audit row exist");
        Expect(failures, await database.CountDuplicateNumbersAsync(cancellationToken) == 0, "work-order numbers repeat");
        Expect(failures, tally.UnavailableWithoutProblemJson == 0, $"{tally.UnavailableWithoutProblemJson} × 503 without problem details");
        var notes = new List<string>();
        switch (expectation)
        {
            case Expectation.Steady:
                Expect(failures, tally.Unavailable == 0 && tally.TransportFailures == 0, $"{tally.Unavailable} × 503 and {tally.TransportFailures} failed connections without a fault");
                break;
            case Expectation.Outage:
                Expect(failures, tally.Unavailable > 0, "no 503 during the outage: did it happen?");
                Expect(failures, tally.SlowestMilliseconds <= SlowestAllowedMilliseconds, $"a request took {tally.SlowestMilliseconds / 1000:0.0} s");
                Expect(failures, tally.Facts.GetValueOrDefault("ready 503") > 0, "/health/ready never answered 503");
                Expect(failures, tally.Facts.Keys.Where(key => key.StartsWith("live ", StringComparison.Ordinal) && key is not ("live 200" or "live slowest ms")).All(key => tally.Facts[key] == 0), "/health/live was not always 200");
                Expect(failures, tally.AcknowledgedAfterLastFailure > 0, "no create succeeded after the outage");
                notes.Add($"slowest answer {tally.SlowestMilliseconds / 1000:0.0} s");
                break;
            case Expectation.Crash:
                Expect(failures, tally.TransportFailures > 0, "no request failed: was the API killed?");
                Expect(failures, tally.AcknowledgedAfterLastFailure > 0, "no create succeeded after the restart");
                notes.Add($"{tally.TransportFailures} requests refused or cut while down");
                break;
        }

        if (expectation != Expectation.Steady)
        {
            notes.Add($"{tally.AcknowledgedAfterLastFailure} creates acknowledged after recovery");
        }

        notes.AddRange(tally.Facts.Where(fact => !fact.Key.EndsWith("slowest ms", StringComparison.Ordinal))
            .Select(fact => $"{fact.Key}: {fact.Value.ToString(CultureInfo.InvariantCulture)}"));
        notes.AddRange(failures.Take(3).Select(failure => $"FAILED: {failure}"));
        var row = new SummaryRow(tally.Scenario, tally.Requests, tally.Acks.Count, found, tally.Unavailable, tally.OtherServerErrors, failures.Count == 0, string.Join("; ", notes));
        await File.AppendAllTextAsync(summaryPath, JsonSerializer.Serialize(row) + "\n", cancellationToken);
        Console.WriteLine($"{(row.Passed ? "PASS" : "FAIL")} {row.Scenario}: {row.Notes}");
    }

    public static int PrintTable(string summaryPath)
    {
        var rows = File.Exists(summaryPath)
            ? File.ReadAllLines(summaryPath).Where(line => line.Length > 0).Select(line => JsonSerializer.Deserialize<SummaryRow>(line)!).ToList()
            : [];
        Console.WriteLine("| scenario | requests | acknowledged | found afterwards | 503 | other 5xx | result | notes |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"| {row.Scenario} | {row.Requests} | {row.Acknowledged} | {row.Found} | {row.Unavailable} | {row.OtherServerErrors} | {(row.Passed ? "pass" : "FAIL")} | {row.Notes} |"));
        }

        return rows.Count > 0 && rows.All(row => row.Passed) ? 0 : 1;
    }

    private static void Expect(List<string> failures, bool holds, string failure)
    {
        if (!holds)
        {
            failures.Add(failure);
        }
    }
}
