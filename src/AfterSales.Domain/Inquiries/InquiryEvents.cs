using AfterSales.Domain.Common;

namespace AfterSales.Domain.Inquiries;

public sealed record InquiryRegistered(Guid InquiryId, string Number, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record InquiryStatusChanged(Guid InquiryId, InquiryStatus From, InquiryStatus To, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>IQ-1, WO-8: the first response did not come by its deadline; recorded once.</summary>
public sealed record InquiryFirstResponseBreached(Guid InquiryId, DateTimeOffset Deadline, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CollectionRunRecorded(Guid CollectionRunId, DateTimeOffset At, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record InquiryResponded(Guid InquiryId, DateTimeOffset At, DateTimeOffset OccurredAt) : IDomainEvent;
