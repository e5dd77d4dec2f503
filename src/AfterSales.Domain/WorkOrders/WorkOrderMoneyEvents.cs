using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

public sealed record PartRequested(Guid WorkOrderId, Guid PartId, string PartNumber, int Quantity, decimal UnitPrice, bool Chargeable, OldPartState OldPart, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PartIssued(Guid WorkOrderId, Guid PartId, decimal Charge, decimal Deposit, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>WO-11: the old part is back, or will not be asked for; <see cref="DepositReleased"/> is what stops being held.</summary>
public sealed record OldPartSettled(Guid WorkOrderId, Guid PartId, OldPartState State, decimal DepositReleased, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PaymentRecorded(Guid WorkOrderId, Guid PaymentId, decimal Amount, PaymentMethod Method, Guid? CollectedBy, DateOnly ReceivedOn, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PaymentRemitted(Guid WorkOrderId, Guid PaymentId, decimal Amount, DateTimeOffset OccurredAt) : IDomainEvent;
