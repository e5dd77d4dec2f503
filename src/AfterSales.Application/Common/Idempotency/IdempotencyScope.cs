namespace AfterSales.Application.Common.Idempotency;

/// <summary>The key the current request asked to be idempotent under, if any; set by the HTTP layer.</summary>
public sealed class IdempotencyScope
{
    public IdempotencyRecord? PendingClaim { get; private set; }

    public void Request(IdempotencyRecord claim) => PendingClaim = claim;
}
