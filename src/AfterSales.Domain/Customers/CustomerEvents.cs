using AfterSales.Domain.Common;

namespace AfterSales.Domain.Customers;

public sealed record CustomerRegistered(Guid CustomerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record EquipmentAdded(Guid CustomerId, Guid EquipmentId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ResponsibleTechnicianChanged(Guid CustomerId, Guid? From, Guid To, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CustomerContacted(Guid CustomerId, Guid ContactId, ContactKind Kind, DateOnly ContactedOn, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>CU-1 (r2): the card was corrected; <see cref="Fields"/> names what changed (the audit trail holds the values).</summary>
public sealed record CustomerCorrected(Guid CustomerId, IReadOnlyList<string> Fields, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record EquipmentCorrected(Guid CustomerId, Guid EquipmentId, IReadOnlyList<string> Fields, DateTimeOffset OccurredAt) : IDomainEvent;
public sealed record ContractRenewed(Guid CustomerId, Guid EquipmentId, DateOnly EndsOn, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>RX-3: the machine went back to the company; it stays on the card, marked returned.</summary>
public sealed record EquipmentReturned(Guid CustomerId, Guid EquipmentId, DateTimeOffset OccurredAt) : IDomainEvent;
