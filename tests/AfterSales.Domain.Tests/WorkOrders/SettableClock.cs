namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>A clock the test moves by hand, so each step of an order's life happens at a chosen instant.</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
