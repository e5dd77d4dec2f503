using System.Net;
using Npgsql;

namespace FaultDrill;

/// <summary>
/// The standby drill's load: each worker registers an order and reads it straight back (a read after its own write,
/// which must find it), then reads a list page and the month's grade report (reads that tolerate lag, which a
/// standby serves). With <c>--standby</c>, it then asks the standby what it served: its own statement statistics
/// (pg_stat_statements) and its log lines under the name the API's standby connections carry.
/// </summary>
internal static class StandbyReads
{
    private const string StandbyApplicationName = "aftersales-standby-reads";

    public static async Task RunAsync(AfterSalesApi api, Tally tally, int workers, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(duration);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => WorkAsync(api, tally, stop.Token)));
    }

    /// <summary>What the standby served: statements on the report's and the list's tables, and log lines under the API's name.</summary>
    public static async Task ProveServedAsync(Tally tally, string standbyConnectionString, string standbyLog, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(standbyConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var statements = new NpgsqlCommand(
            """
            SELECT coalesce(sum(calls) FILTER (WHERE query LIKE '%monthly_assessments%'), 0)::float8,
                   coalesce(sum(calls) FILTER (WHERE query LIKE '%FROM aftersales.work_orders o%'), 0)::float8
            FROM pg_stat_statements
            """,
            connection);
        await using (var reader = await statements.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            tally.Facts["report statements run on the standby"] = reader.GetDouble(0);
            tally.Facts["list statements run on the standby"] = reader.GetDouble(1);
        }

        var named = File.ReadLines(standbyLog).Count(line => line.StartsWith(StandbyApplicationName + "|", StringComparison.Ordinal));
        tally.Facts[$"standby log lines from {StandbyApplicationName}"] = named;
        if (tally.Facts["report statements run on the standby"] == 0 || tally.Facts["list statements run on the standby"] == 0 || named == 0)
        {
            tally.Fail("the standby did not serve the reports and lists");
        }
    }

    private static async Task WorkAsync(AfterSalesApi api, Tally tally, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var (status, order) = await tally.SendAsync(api, api.RegisterWorkOrder(0), CancellationToken.None);
            if (status == HttpStatusCode.Created)
            {
                tally.Acknowledge(order!);
                var (readStatus, read) = await tally.SendAsync(api, api.Get(0, $"api/v1/work-orders/{order!["id"]}", api.DispatcherToken), CancellationToken.None);
                tally.Count("reads after own write");
                if (readStatus != HttpStatusCode.OK || read!["number"]!.GetValue<string>() != order["number"]!.GetValue<string>())
                {
                    tally.Fail($"order {order["number"]} was not found by the read right after its registration ({(int?)readStatus})");
                }
            }

            await Expect(api.Get(0, "api/v1/work-orders?status=Registered&pageSize=20&cursor=", api.DispatcherToken), "list reads");
            await Expect(api.Get(0, "api/v1/reports/grades?month=2026-10", api.HrToken), "report reads");
        }

        async Task Expect(HttpRequestMessage request, string counted)
        {
            var path = request.RequestUri!.PathAndQuery;
            var (status, _) = await tally.SendAsync(api, request, CancellationToken.None);
            tally.Count(counted);
            if (status != HttpStatusCode.OK)
            {
                tally.Fail($"GET {path} answered {(int?)status}");
            }
        }
    }
}
