using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AfterSales.Infrastructure.BackgroundJobs;

/// <summary>
/// Work the API does on its own at a fixed interval. A round that fails (the database away, a timeout) is logged
/// and the next round tries again: an exception escaping a background service would stop the whole host.
/// </summary>
public abstract partial class PeriodicJob(string name, ILogger logger) : BackgroundService
{
    /// <summary>Time between rounds; zero turns the job off (tests run rounds themselves).</summary>
    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunRoundAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interval == TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(logger, name, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job} failed; retrying at the next interval")]
    private static partial void LogRoundFailed(ILogger logger, string job, Exception exception);
}
