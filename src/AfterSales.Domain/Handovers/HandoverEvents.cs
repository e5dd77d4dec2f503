using AfterSales.Domain.Common;

namespace AfterSales.Domain.Handovers;

public sealed record HandoverStarted(Guid ChecklistId, Guid TechnicianId, HandoverReason Reason, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record HandoverItemAdded(Guid ChecklistId, Guid ItemId, HandoverItemKind Kind, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record HandoverItemEnded(Guid ChecklistId, Guid ItemId, HandoverItemState State, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record HandoverSignedOff(Guid ChecklistId, HandoverParty Party, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record HandoverCompleted(Guid ChecklistId, Guid TechnicianId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record HandoverWithdrawn(Guid ChecklistId, Guid TechnicianId, DateTimeOffset OccurredAt) : IDomainEvent;
