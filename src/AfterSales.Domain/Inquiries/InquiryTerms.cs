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

/// <summary>IQ-1: one response to the caller; the first stops the first-response clock.</summary>
public sealed record InquiryReply(string Note, DateTimeOffset At, string RespondedBy, DateTimeOffset RecordedAt);
