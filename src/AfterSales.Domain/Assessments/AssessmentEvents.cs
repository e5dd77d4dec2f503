using AfterSales.Domain.Common;

namespace AfterSales.Domain.Assessments;

public sealed record AssessmentCreated(Guid AssessmentId, Guid TechnicianId, AssessmentMonth Month, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record AssessmentScored(Guid AssessmentId, int Total, Grade Grade, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record SelfAssessmentRecorded(Guid AssessmentId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record AssessmentSubmitted(Guid AssessmentId, bool Late, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record AssessmentApproved(Guid AssessmentId, int Total, Grade Grade, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record AssessmentAmended(Guid AssessmentId, Guid AmendmentId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ComplaintDeductionRecorded(Guid AssessmentId, Guid ComplaintId, int Points, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ComplaintDeductionWithdrawn(Guid AssessmentId, Guid ComplaintId, DateTimeOffset OccurredAt) : IDomainEvent;
