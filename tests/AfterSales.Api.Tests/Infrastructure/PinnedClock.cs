namespace AfterSales.Api.Tests.Infrastructure;

/// <summary>The business clock under the test's control; unlike FakeTimeProvider it may be set back between tests.</summary>
public sealed class PinnedClock(DateTimeOffset now) : TimeProvider
{
    // Kept in UTC whatever offset a test writes the instant in: Npgsql stores only offset 0 in timestamptz.
    private DateTimeOffset now = now.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => now;

    public void SetUtcNow(DateTimeOffset value) => now = value.ToUniversalTime();

    public void Advance(TimeSpan by) => now += by;
}
