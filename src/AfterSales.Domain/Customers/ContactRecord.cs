using AfterSales.Domain.Common;

namespace AfterSales.Domain.Customers;

/// <summary>
/// CU-5 (r2): what a call or visit brought to light, in the five structured fields the contact-log report has as
/// columns; each is optional.
/// </summary>
public sealed record ContactFindings(
    string? ProductQualityFeedback = null,
    string? CustomerNeeds = null,
    string? CompetitorNews = null,
    string? CreditStanding = null,
    string? NewProductInterest = null)
{
    public const int MaxLength = 1000;

    public static readonly ContactFindings None = new();
}

/// <summary>
/// A check-up call or visit; the newest one decides whether the customer is due again (CU-4). It records what was
/// learnt in structured fields (CU-5).
/// </summary>
public sealed class ContactRecord
{
    private ContactRecord()
    {
        Note = null!;
        RecordedBy = null!;
    }

    internal ContactRecord(ContactKind kind, DateOnly contactedOn, string? note, ContactFindings findings, string recordedBy)
    {
        Id = Guid.CreateVersion7();
        Kind = Require.Defined(kind);
        ContactedOn = contactedOn;
        Note = Require.OptionalText(note, 1000) ?? string.Empty;
        ProductQualityFeedback = Require.OptionalText(findings.ProductQualityFeedback, ContactFindings.MaxLength);
        CustomerNeeds = Require.OptionalText(findings.CustomerNeeds, ContactFindings.MaxLength);
        CompetitorNews = Require.OptionalText(findings.CompetitorNews, ContactFindings.MaxLength);
        CreditStanding = Require.OptionalText(findings.CreditStanding, ContactFindings.MaxLength);
        NewProductInterest = Require.OptionalText(findings.NewProductInterest, ContactFindings.MaxLength);
        RecordedBy = Require.Text(recordedBy, 100);
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public ContactKind Kind { get; private set; }

    public DateOnly ContactedOn { get; private set; }

    public string Note { get; private set; }

    public string? ProductQualityFeedback { get; private set; }

    public string? CustomerNeeds { get; private set; }

    public string? CompetitorNews { get; private set; }

    /// <summary>The customer's credit standing as the caller judged it.</summary>
    public string? CreditStanding { get; private set; }

    public string? NewProductInterest { get; private set; }

    public string RecordedBy { get; private set; }
}
