using System.ComponentModel.DataAnnotations;

namespace AfterSales.Application.Common.Idempotency;

/// <summary>[Idempotency] — how long an <c>Idempotency-Key</c> is honoured .</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>
    /// A key and its stored answer are kept this many hours: a retry within them is replayed, and the clean-up deletes
    /// them afterwards. A week covers a technician's phone retrying after days without signal in a remote zone.
    /// </summary>
    [Range(1, 2160)]
    public int KeepHours { get; set; } = 168;

    /// <summary>How often expired keys are deleted; 0 turns the clean-up off.</summary>
    [Range(0, 86400)]
    public int CleanUpIntervalSeconds { get; set; } = 3600;
}
