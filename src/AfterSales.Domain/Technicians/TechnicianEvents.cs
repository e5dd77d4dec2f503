using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;

namespace AfterSales.Domain.Technicians;

public sealed record TechnicianHired(Guid TechnicianId, string EmployeeNumber, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>TE-1 (r2): the record was corrected; <see cref="Fields"/> names what changed (the audit trail holds the values).</summary>
public sealed record TechnicianCorrected(Guid TechnicianId, IReadOnlyList<string> Fields, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record TechnicianStatusChanged(Guid TechnicianId, TechnicianStatus From, TechnicianStatus To, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record TechnicianTransferred(Guid TechnicianId, string FromTeam, string ToTeam, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PropertyIssued(Guid TechnicianId, Guid ItemId, string AssetTag, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PropertyReturned(Guid TechnicianId, Guid ItemId, DateOnly ReturnedOn, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PropertyLost(Guid TechnicianId, Guid ItemId, decimal Compensation, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DisciplineRecorded(Guid TechnicianId, Guid RecordId, DisciplineKind Kind, DateOnly OccurredOn, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ComplaintReviewFlagRaised(Guid TechnicianId, int Year, int Quarter, ComplaintCategory Category, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ComplaintReviewFlagWithdrawn(Guid TechnicianId, int Year, int Quarter, ComplaintCategory Category, DateTimeOffset OccurredAt) : IDomainEvent;
