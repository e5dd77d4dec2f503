using AfterSales.Domain.Common;

namespace AfterSales.Domain.SalesLeads;

public sealed record SalesLeadRecorded(Guid SalesLeadId, Guid CustomerId, Guid? TechnicianId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record SalesLeadStatusChanged(Guid SalesLeadId, SalesLeadStatus From, SalesLeadStatus To, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record SalesLeadHandedOver(Guid SalesLeadId, Guid? From, Guid To, DateTimeOffset OccurredAt) : IDomainEvent;
