using AfterSales.Domain.Common;

namespace AfterSales.Domain.Returns;

public sealed record ReturnRequested(Guid ReturnRequestId, string Number, ReturnKind Kind, bool Eligible, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>RX-2: the request moved on; <see cref="To"/> final means it completed or was refused.</summary>
public sealed record ReturnStatusChanged(Guid ReturnRequestId, ReturnStatus From, ReturnStatus To, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>RX-1: a Manager let an ineligible request proceed.</summary>
public sealed record ReturnExceptionGranted(Guid ReturnRequestId, DateTimeOffset OccurredAt) : IDomainEvent;
