using AfterSales.Domain.Common;
using AfterSales.Domain.ServiceLevels;

namespace AfterSales.Domain.PartsReplacements;

public sealed record PartsReplacementRegistered(Guid RequestId, string Number, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PartsReplacementResponded(Guid RequestId, string ResponsiblePerson, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PartsReplacementShipped(Guid RequestId, Guid ShipmentId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>PS-1, WO-8: a clock of the request was missed; recorded once. PS-2's penalty proposal will start from it.</summary>
public sealed record PartsReplacementClockBreached(Guid RequestId, string Number, SlaClockName Clock, DateTimeOffset Deadline, DateTimeOffset OccurredAt) : IDomainEvent;
