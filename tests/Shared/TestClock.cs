namespace AfterSales.Tests;

/// <summary>
/// The tests' one clock: it stays where the test puts it, forwards or back (unlike FakeTimeProvider, which refuses
/// to go back, so one clock can serve a whole test host across tests), and answers in UTC like the system clock.
/// </summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Monday 16 November 2026, 10:00 in Shanghai: the day most scenarios start.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 11, 16, 2, 0, 0, TimeSpan.Zero);

    private DateTimeOffset now = now.ToUniversalTime();

    public TestClock()
        : this(Monday)
    {
    }

    public DateTimeOffset Now => now;

    public override DateTimeOffset GetUtcNow() => now;

    /// <summary>Any offset may be given.</summary>
    public void SetUtcNow(DateTimeOffset value) => now = value.ToUniversalTime();

    public void Advance(TimeSpan by) => now += by;
}
