using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

public sealed record ComplaintRegistered(Guid ComplaintId, string Number, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ComplaintStatusChanged(Guid ComplaintId, ComplaintStatus From, ComplaintStatus To, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ComplaintEscalated(Guid ComplaintId, string DirectorName, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerNotified(Guid ComplaintId, NotificationMethod How, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>
/// CP-6: a verified complaint deducts <see cref="DeductionPoints"/> from the responsible technician's assessment
/// of <see cref="DeductionMonth"/> (its first day: the company-local month of verification). CP-7 counts it in
/// the quarter of <see cref="VerifiedOn"/>. <see cref="IDomainEvent.OccurredAt"/> is the instant of verification.
/// </summary>
public sealed record ComplaintVerified(
    Guid ComplaintId,
    string Number,
    Guid ResponsibleTechnicianId,
    ComplaintCategory Category,
    DateOnly VerifiedOn,
    DateOnly DeductionMonth,
    int DeductionPoints,
    decimal Penalty,
    DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ComplaintAppealFiled(Guid ComplaintId, Guid AppealId, int Round, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ComplaintAppealRejected(Guid ComplaintId, Guid AppealId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>
/// CP-8: the appeal was upheld, so the penalty and the <see cref="DeductionPoints"/> taken from the assessment of
/// <see cref="DeductionMonth"/> are given back (AS-6), and the complaint no longer counts for CP-7 in the quarter of <see cref="VerifiedOn"/>.
/// </summary>
public sealed record ComplaintAppealUpheld(
    Guid ComplaintId,
    Guid AppealId,
    Guid ResponsibleTechnicianId,
    ComplaintCategory Category,
    DateOnly VerifiedOn,
    DateOnly DeductionMonth,
    int DeductionPoints,
    DateTimeOffset OccurredAt) : IDomainEvent;
