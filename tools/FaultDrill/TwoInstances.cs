using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace FaultDrill;

/// <summary>Two API instances on one database: nothing may be lost or doubled between them.</summary>
internal static partial class TwoInstances
{
    private const int Rounds = 12;
    private static readonly TimeSpan LoadDuration = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan SweepLimit = TimeSpan.FromSeconds(30);

    /// <summary>Sla:DispatchHours in appsettings.json.</summary>
    private static readonly TimeSpan DispatchTerm = TimeSpan.FromHours(12);
    private static readonly TimeSpan FirstDeadlineIn = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan DeadlineSpacing = TimeSpan.FromMilliseconds(300);

    public static IEnumerable<Func<CancellationToken, Task<Tally>>> Drills(AfterSalesApi api, DrillDatabase database, IReadOnlyList<string> logs)
    {
        yield return cancellationToken => ConflictingUpdatesAsync(api, cancellationToken);
        yield return cancellationToken => SameIdempotencyKeyAsync(api, database, cancellationToken);
        yield return cancellationToken => LoadOnBothAsync(api, cancellationToken);
        yield return cancellationToken => SweeperAsync(api, database, logs, cancellationToken);
    }

    /// <summary>X-2: the same order assigned to two technicians at once, one request per instance, both with the same If-Match.</summary>
    private static async Task<Tally> ConflictingUpdatesAsync(AfterSalesApi api, CancellationToken cancellationToken)
    {
        var tally = new Tally { Scenario = "two instances: conflicting updates" };
        Guid[] technicians = [await HireAsync(api, "T-DRILL-A", cancellationToken), await HireAsync(api, "T-DRILL-B", cancellationToken)];
        for (var round = 0; round < Rounds; round++)
        {
            var (_, order) = await tally.SendAsync(api, api.RegisterWorkOrder(0), cancellationToken);
            tally.Acknowledge(order!);
            var id = order!["id"]!.GetValue<Guid>();
            var etag = $"\"{order["version"]}\"";
            var answers = await Task.WhenAll(technicians.Select((technician, instance) =>
            {
                var assign = api.Post(instance, $"api/v1/work-orders/{id}/assign", api.DispatcherToken, new { technicianId = technician });
                assign.Headers.IfMatch.ParseAdd(etag);
                return tally.SendAsync(api, assign, cancellationToken);
            }));

            var winners = answers.Where(answer => answer.Status == HttpStatusCode.OK).ToList();
            var losers = answers.Count(answer => answer.Status is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict);
            tally.Count("won", winners.Count);
            tally.Count("refused 412/409", losers);
            if (winners.Count != 1 || losers != 1)
            {
                tally.Fail($"round {round}: answers {string.Join(", ", answers.Select(answer => answer.Status))}, expected one 200 and one 412/409");
                continue;
            }

            var (_, stored) = await tally.SendAsync(api, api.Get(1, $"api/v1/work-orders/{id}", api.DispatcherToken), cancellationToken);
            if (stored?["technicianId"]?.GetValue<Guid>() != winners[0].Body!["technicianId"]!.GetValue<Guid>())
            {
                tally.Fail($"round {round}: the stored technician is not the winner's");
                tally.Count("lost updates");
            }
        }

        return tally;
    }

    /// <summary>X-3: a retry sent to the other instance, at the same moment, with the same Idempotency-Key.</summary>
    private static async Task<Tally> SameIdempotencyKeyAsync(AfterSalesApi api, DrillDatabase database, CancellationToken cancellationToken)
    {
        var tally = new Tally { Scenario = "two instances: same Idempotency-Key" };
        for (var round = 0; round < Rounds; round++)
        {
            var key = Guid.NewGuid().ToString("N");
            var problem = $"Idempotency drill {key}";
            var answers = await Task.WhenAll(api.Instances.Select((_, instance) =>
            {
                var create = api.RegisterWorkOrder(instance, problem);
                create.Headers.Add("Idempotency-Key", key);
                return tally.SendAsync(api, create, cancellationToken);
            }));

            var created = answers.Where(answer => answer.Status == HttpStatusCode.Created).Select(answer => answer.Body!["id"]!.GetValue<Guid>()).Distinct().ToList();
            tally.Count("answered 201", answers.Count(answer => answer.Status == HttpStatusCode.Created));
            tally.Count("answered 409 in progress", answers.Count(answer => answer.Status == HttpStatusCode.Conflict));
            if (created.Count != 1 || answers.Any(answer => answer.Status is not (HttpStatusCode.Created or HttpStatusCode.Conflict)))
            {
                tally.Fail($"round {round}: answers {string.Join(", ", answers.Select(answer => answer.Status))}, {created.Count} distinct orders");
            }

            var (_, order) = answers.First(answer => answer.Status == HttpStatusCode.Created);
            tally.Acknowledge(order!);
            var stored = await database.CountOrdersDescribedAsAsync(problem, cancellationToken);
            tally.Count("records in the database", stored);
            if (stored != 1)
            {
                tally.Fail($"round {round}: {stored} orders in the database for one key");
            }
        }

        return tally;
    }

    /// <summary>WO-1: creates spread over both instances; numbers come from one sequence, so none repeats.</summary>
    private static async Task<Tally> LoadOnBothAsync(AfterSalesApi api, CancellationToken cancellationToken)
    {
        var tally = new Tally { Scenario = "two instances: creates on both" };
        await Load.RunAsync(api, tally, workers: 4, LoadDuration, cancellationToken);
        tally.Facts["distinct numbers"] = tally.Acks.Select(ack => ack.Number).Distinct().Count();
        if (tally.Facts["distinct numbers"] != tally.Acks.Count)
        {
            tally.Fail("two acknowledged orders share a number");
        }

        return tally;
    }

    /// <summary>
    /// WO-8 with both instances sweeping every second. The orders' dispatch deadlines fall due one
    /// after another over a few seconds, so both instances get to sweep; each breach must be recorded
    /// exactly once, no sweep may fail on a conflict with the other, and the swept counts in the two
    /// logs must add up to the orders.
    /// </summary>
    private static async Task<Tally> SweeperAsync(AfterSalesApi api, DrillDatabase database, IReadOnlyList<string> logs, CancellationToken cancellationToken)
    {
        var tally = new Tally { Scenario = "two instances: SLA sweeper" };
        var earlierLines = new List<int>();
        foreach (var log in logs)
        {
            earlierLines.Add((await File.ReadAllLinesAsync(log, cancellationToken)).Length);
        }

        var firstDeadline = DateTimeOffset.UtcNow + FirstDeadlineIn;
        for (var round = 0; round < Rounds; round++)
        {
            var receivedAt = firstDeadline - DispatchTerm + (DeadlineSpacing * round);
            var (_, order) = await tally.SendAsync(api, api.RegisterWorkOrder(round % 2, receivedAt: receivedAt), cancellationToken);
            tally.Acknowledge(order!);
        }

        var orders = tally.Acks.Select(ack => ack.Id).ToList();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await database.CountBreachedClocksAsync(orders, "Dispatch", cancellationToken) < orders.Count && waited.Elapsed < SweepLimit)
        {
            await Task.Delay(250, cancellationToken);
        }

        tally.Facts["dispatch clocks breached"] = await database.CountBreachedClocksAsync(orders, "Dispatch", cancellationToken);
        tally.Facts["clocks breached twice"] = await database.CountClocksBreachedTwiceAsync(orders, cancellationToken);
        if (tally.Facts["dispatch clocks breached"] != orders.Count || tally.Facts["clocks breached twice"] != 0)
        {
            tally.Fail("every overdue dispatch clock must be breached exactly once");
        }

        var swept = 0;
        for (var instance = 0; instance < logs.Count; instance++)
        {
            var name = (char)('A' + instance);
            var log = (await File.ReadAllLinesAsync(logs[instance], cancellationToken)).Skip(earlierLines[instance]).ToList();
            var sweeps = log.Select(line => SweptCount().Match(line)).Where(match => match.Success).Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            tally.Facts[$"sweeps on {name}"] = sweeps.Count;
            tally.Facts[$"orders swept by {name}"] = sweeps.Sum();
            swept += sweeps.Sum();
            var failed = log.Count(line => line.Contains("SLA sweep failed", StringComparison.Ordinal));
            if (failed > 0)
            {
                tally.Fail($"{failed} sweeps failed on instance {name}");
            }
        }

        if (swept != orders.Count)
        {
            tally.Fail($"the instances' logs report {swept} orders swept, not {orders.Count}");
        }

        return tally;
    }

    private static async Task<Guid> HireAsync(AfterSalesApi api, string employeeNumber, CancellationToken cancellationToken)
    {
        var technician = await api.ExpectAsync(
            HttpStatusCode.Created,
            api.Post(0, "api/v1/technicians", api.AdminToken, new
            {
                employeeNumber = $"{employeeNumber}-{Random.Shared.Next(100_000)}",
                name = "Drill Technician",
                phone = "13800000042",
                team = "East",
                position = "FieldTechnician",
                payLevel = 3,
                hireDate = "2020-03-01",
            }),
            cancellationToken);
        return technician["id"]!.GetValue<Guid>();
    }

    [GeneratedRegex(@"SLA sweep judged late clocks on (\d+) work orders")]
    private static partial Regex SweptCount();
}
