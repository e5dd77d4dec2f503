namespace AfterSales.Infrastructure.Persistence.Reading;

/// <summary>How often a read that lost its server is tried again (<c>Database:MaxRetryCount</c>), and how long it waits first.</summary>
internal sealed record ReadRetries(int Count, TimeSpan MaxDelay)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);

    public TimeSpan DelayBefore(int attempt) => TimeSpan.FromTicks(Math.Min(FirstDelay.Ticks * attempt, MaxDelay.Ticks));
}
