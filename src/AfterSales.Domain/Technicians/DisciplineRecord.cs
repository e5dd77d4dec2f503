using AfterSales.Domain.Common;

namespace AfterSales.Domain.Technicians;

/// <summary>A breach of attendance discipline; each one costs points in the monthly assessment (TE-5).</summary>
public sealed class DisciplineRecord
{
    private DisciplineRecord()
    {
        Note = null!;
        RecordedBy = null!;
    }

    internal DisciplineRecord(DisciplineKind kind, DateOnly occurredOn, string note, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        Kind = Require.Defined(kind);
        OccurredOn = occurredOn;
        Note = Require.Text(note, 1000);
        RecordedBy = Require.Text(recordedBy, 100);
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public DisciplineKind Kind { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public string Note { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
