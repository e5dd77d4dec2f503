namespace AfterSales.Domain.Tests;

/// <summary>A clock that stays where the test puts it.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 16, 2, 0, 0, TimeSpan.Zero);

    public TestClock()
        : this(Monday)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
