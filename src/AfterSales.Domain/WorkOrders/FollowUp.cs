using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-13: one follow-up call after resolution.</summary>
public sealed class FollowUp
{
    private FollowUp()
    {
        Survey = null!;
        RecordedBy = null!;
    }

    internal FollowUp(bool satisfied, Survey survey, string? comments, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        Satisfied = satisfied;
        Survey = survey;
        Comments = Require.OptionalText(comments, 2000);
        RecordedBy = Require.Text(recordedBy, 100);
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public bool Satisfied { get; private set; }

    public Survey Survey { get; private set; }

    public string? Comments { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
