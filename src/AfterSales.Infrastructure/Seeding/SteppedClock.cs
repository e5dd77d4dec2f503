namespace AfterSales.Infrastructure.Seeding;

/// <summary>A clock the demo data moves by hand, to tell a story that happened weeks ago.</summary>
internal sealed class SteppedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public SteppedClock Advance(TimeSpan by)
    {
        now += by;
        return this;
    }
}
