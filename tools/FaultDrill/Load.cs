using System.Diagnostics;
using System.Net;

namespace FaultDrill;

/// <summary>
/// A steady mix of creates and reads from a few workers, spread over the instances, while health
/// probes watch the first instance. Every 201 is remembered for the check against the database.
/// </summary>
internal static class Load
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(200);

    public static async Task RunAsync(AfterSalesApi api, Tally tally, int workers, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(duration);
        var probes = ProbeAsync(api, tally, stop.Token);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => WorkAsync(api, tally, worker, stop.Token)));
        await probes;
    }

    private static async Task WorkAsync(AfterSalesApi api, Tally tally, int worker, CancellationToken stop)
    {
        var lastOrder = (Guid?)null;
        for (var round = 0; !stop.IsCancellationRequested; round++)
        {
            var instance = (worker + round) % api.Instances.Count;
            try
            {
                var (status, order) = await tally.SendAsync(api, api.RegisterWorkOrder(instance), CancellationToken.None);
                if (status == HttpStatusCode.Created)
                {
                    tally.Acknowledge(order!);
                    lastOrder = order!["id"]!.GetValue<Guid>();
                }

                var read = lastOrder is { } id ? $"api/v1/work-orders/{id}" : "api/v1/work-orders?pageSize=20";
                await tally.SendAsync(api, api.Get(instance, read, api.DispatcherToken), CancellationToken.None);
                await Task.Delay(Pause, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Readiness follows the database; liveness must not, or an orchestrator would restart a healthy process.</summary>
    private static async Task ProbeAsync(AfterSalesApi api, Tally tally, CancellationToken stop)
    {
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        while (!stop.IsCancellationRequested)
        {
            await Probe(probe, new Uri(api.Instances[0], "health/live"), "live", tally);
            await Probe(probe, new Uri(api.Instances[0], "health/ready"), "ready", tally);
            try
            {
                await Task.Delay(ProbeInterval, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task Probe(HttpClient probe, Uri address, string name, Tally tally)
    {
        var timer = Stopwatch.StartNew();
        try
        {
            using var response = await probe.GetAsync(address);
            tally.Count($"{name} {(int)response.StatusCode}");
        }
        catch (HttpRequestException)
        {
            tally.Count($"{name} unreachable");
        }

        tally.Max($"{name} slowest ms", Math.Round(timer.Elapsed.TotalMilliseconds));
    }
}
