using AfterSales.Domain.Common;
using AfterSales.Domain.ServiceLevels;

namespace AfterSales.Domain.WorkOrders;

public sealed record WorkOrderRegistered(Guid WorkOrderId, string Number, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WorkOrderAssigned(Guid WorkOrderId, Guid TechnicianId, Guid? PreviousTechnicianId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WorkOrderStatusChanged(Guid WorkOrderId, WorkOrderStatus From, WorkOrderStatus To, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ResolutionMethodChosen(Guid WorkOrderId, ResolutionMethod Method, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ArrivalRecorded(Guid WorkOrderId, DateTimeOffset ArrivedAt, bool Late, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WorkRecorded(Guid WorkOrderId, string What, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>WO-10: the repaired item is back with the customer (WO-12 r2: paid workshop work is invoiced on this day).</summary>
public sealed record ItemReturnedToCustomer(Guid WorkOrderId, DateTimeOffset ReturnedAt, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record SlaClockBreached(Guid WorkOrderId, SlaClockName Clock, DateTimeOffset Deadline, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record FollowUpRecorded(Guid WorkOrderId, bool Satisfied, Survey Survey, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>PR-3: parts for a <c>ShipParts</c> order were booked out to a carrier.</summary>
public sealed record WorkOrderPartsShipped(Guid WorkOrderId, Guid ShipmentId, DateTimeOffset OccurredAt) : IDomainEvent;
