using AfterSales.Domain.Common;

namespace AfterSales.Domain.Assessments;

/// <summary>
/// CP-6: a verified complaint's deduction in the month it was verified. Overturned on appeal (CP-8) it
/// stays on record, withdrawn, so the assessment shows what was taken away and given back.
/// </summary>
public sealed class ComplaintDeduction
{
    private ComplaintDeduction()
    {
        ComplaintNumber = null!;
    }

    internal ComplaintDeduction(Guid complaintId, string complaintNumber, int points, DateTimeOffset recordedAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        Id = Guid.CreateVersion7();
        ComplaintId = complaintId;
        ComplaintNumber = Require.Text(complaintNumber, 20);
        Points = points;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid ComplaintId { get; private set; }

    /// <summary>The complaint's readable number (<c>CP-2026-000003</c>), for the amendment reason and for HR.</summary>
    public string ComplaintNumber { get; private set; }

    public int Points { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool Counts => WithdrawnAt is null;

    internal void Withdraw(DateTimeOffset at) => WithdrawnAt = at;
}
