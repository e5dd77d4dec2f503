namespace AfterSales.Api.Tests.Infrastructure;

/// <summary>The business clock under the test's control; unlike FakeTimeProvider it may be set back between tests.</summary>
public sealed class PinnedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public override DateTimeOffset GetUtcNow() => now;

    public void SetUtcNow(DateTimeOffset value) => now = value;

    public void Advance(TimeSpan by) => now += by;
}
