namespace AfterSales.Api.Tests.Infrastructure;

/// <summary>The business clock under the test's control; unlike FakeTimeProvider it may be set back between tests.</summary>
public sealed class PinnedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => now;

    /// <summary>Any offset may be given; like the system clock, the clock answers in UTC.</summary>
    public void SetUtcNow(DateTimeOffset value) => now = value.ToUniversalTime();

    public void Advance(TimeSpan by) => now += by;
}
