using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-18: a resolution time given to the customer, by whoever talked to them; a later promise replaces it, and both are kept.</summary>
public sealed class ResolutionPromise
{
    private ResolutionPromise()
    {
        RecordedBy = null!;
    }

    internal ResolutionPromise(DateTimeOffset promisedResolutionAt, string? note, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        PromisedResolutionAt = promisedResolutionAt.ToUniversalTime();
        Note = Require.OptionalText(note, 500);
        RecordedBy = Require.Text(recordedBy, 100);
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset PromisedResolutionAt { get; private set; }

    public string? Note { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
