using AfterSales.Domain.Common;

namespace AfterSales.Domain.Customers;

/// <summary>A check-up call or visit; the newest one decides whether the customer is due again (CU-4).</summary>
public sealed class ContactRecord
{
    private ContactRecord()
    {
        Note = null!;
        RecordedBy = null!;
    }

    internal ContactRecord(ContactKind kind, DateOnly contactedOn, string? note, string recordedBy)
    {
        Id = Guid.CreateVersion7();
        Kind = Require.Defined(kind);
        ContactedOn = contactedOn;
        Note = Require.OptionalText(note, 1000) ?? string.Empty;
        RecordedBy = Require.Text(recordedBy, 100);
    }

    public Guid Id { get; private set; }

    public ContactKind Kind { get; private set; }

    public DateOnly ContactedOn { get; private set; }

    public string Note { get; private set; }

    public string RecordedBy { get; private set; }
}
