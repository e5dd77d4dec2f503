using System.Diagnostics;
using System.Net;

namespace FaultDrill;

/// <summary>
/// SIGTERM while requests are in flight: they are held in the database on a row lock, so they are
/// certainly inside the API when the signal arrives. The API must wait for them, answer every one,
/// and then exit by itself within the shutdown timeout.
/// </summary>
internal static class GracefulShutdown
{
    private static readonly TimeSpan Draining = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(AfterSalesApi api, DrillDatabase database, int pid, int requests, TimeSpan shutdownTimeout, Tally tally, CancellationToken cancellationToken)
    {
        var holdUp = await database.HoldCustomerAsync(api.Machine.Customer, cancellationToken);
        var creates = Enumerable.Range(0, requests).Select(_ => tally.SendAsync(api, api.RegisterWorkOrder(0), CancellationToken.None)).ToList();
        await WaitForAsync(async () => await database.CountLockWaitersAsync(cancellationToken) >= requests, TimeSpan.FromSeconds(30), "the creates to reach the database", tally);
        tally.Facts["in flight at SIGTERM"] = await database.CountLockWaitersAsync(cancellationToken);

        using (var signal = Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync(cancellationToken);
        }

        var signalled = Stopwatch.StartNew();
        await Task.Delay(Draining, cancellationToken);
        if (!IsRunning(pid))
        {
            tally.Fail("the API exited before its in-flight requests finished");
        }

        await holdUp.CommitAsync(cancellationToken);
        await holdUp.Connection!.DisposeAsync();
        foreach (var (status, order) in await Task.WhenAll(creates))
        {
            if (status == HttpStatusCode.Created)
            {
                tally.Acknowledge(order!);
            }
        }

        if (tally.Acks.Count != requests)
        {
            tally.Fail($"{requests - tally.Acks.Count} of {requests} in-flight creates got no 201");
        }

        await WaitForAsync(() => Task.FromResult(!IsRunning(pid)), shutdownTimeout, "the API to exit", tally);
        tally.Facts["exit after SIGTERM s"] = Math.Round(signalled.Elapsed.TotalSeconds, 1);
    }

    /// <summary>The API is the script's child, not ours: once exited it stays a zombie until the script reaps it.</summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            return !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan limit, string what, Tally tally)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > limit)
            {
                tally.Fail($"gave up waiting {limit.TotalSeconds:0} s for {what}");
                return;
            }

            await Task.Delay(100);
        }
    }
}
