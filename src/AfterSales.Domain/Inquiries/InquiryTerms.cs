using AfterSales.Domain.Common;

namespace AfterSales.Domain.Inquiries;

/// <summary>IQ-1: what an inquiry asks about; a fault is a work order, not an inquiry.</summary>
public enum InquiryKind
{
    Price,
    Availability,
    HowTo,
    Other,
}

/// <summary>IQ-1: open until answered or turned into a work order or a complaint; each of those closes it.</summary>
public enum InquiryStatus
{
    Open,
    Answered,
    ConvertedToWorkOrder,
    ConvertedToComplaint,
}

/// <summary>Everything that can be done to an inquiry; <see cref="InquiryLifecycle"/> says in which statuses.</summary>
public enum InquiryAction
{
    Respond,
    Answer,
    ConvertToWorkOrder,
    ConvertToComplaint,
}

/// <summary>IQ-1: the caller who asked, when they are not (yet) a customer on file.</summary>
public sealed record Caller(string Name, string Phone);

/// <summary>IQ-1: one response to the caller, given at <see cref="At"/>; the first stops the first-response clock.</summary>
public sealed class InquiryReply
{
    private InquiryReply()
    {
        Note = null!;
        RespondedBy = null!;
    }

    internal InquiryReply(string note, DateTimeOffset at, string respondedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        Note = Require.Text(note, Inquiry.NoteMaxLength);
        At = at;
        RespondedBy = Require.Text(respondedBy, 100);
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public string Note { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string RespondedBy { get; private set; }

    /// <summary>When it was recorded, which may be after <see cref="At"/>.</summary>
    public DateTimeOffset RecordedAt { get; private set; }
}
