using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-11, PR-1: a part line with its price; a price other than the list's carries its reason into the audit trail.</summary>
public sealed record PartRequested(
    Guid WorkOrderId,
    Guid PartId,
    string PartNumber,
    int Quantity,
    decimal UnitPrice,
    decimal? ListPrice,
    string? PriceReason,
    bool HasRecoveryValue,
    bool Chargeable,
    OldPartState OldPart,
    DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>WO-11 (r2): Finance's or the Director's approval; <see cref="Status"/> says whether the Director's is still needed.</summary>
public sealed record PartApproved(Guid WorkOrderId, Guid PartId, PartStatus Status, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>WO-11: the Warehouse booked the part out; from now on it is billed or deposited.</summary>
public sealed record PartIssued(Guid WorkOrderId, Guid PartId, decimal Charge, decimal Deposit, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PartFitted(Guid WorkOrderId, Guid PartId, string? SerialNumber, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>WO-11 (r2): the unused part is back in the warehouse; what it was billed or deposited no longer is.</summary>
public sealed record PartReturnedUnused(Guid WorkOrderId, Guid PartId, decimal ChargeReleased, decimal DepositReleased, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>WO-11: the old part is back, or will not be asked for; <see cref="DepositReleased"/> is what stops being held.</summary>
public sealed record OldPartSettled(Guid WorkOrderId, Guid PartId, OldPartState State, decimal DepositReleased, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PaymentRecorded(Guid WorkOrderId, Guid PaymentId, decimal Amount, PaymentMethod Method, Guid? CollectedBy, DateOnly ReceivedOn, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PaymentRemitted(Guid WorkOrderId, Guid PaymentId, decimal Amount, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record QuoteProposed(Guid WorkOrderId, int Number, decimal Total, decimal DiscountPercent, bool DiscountNeedsApproval, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>WO-12 (r2): the version now in force; a discounted one counts against <see cref="TechnicianId"/>'s week.</summary>
public sealed record QuoteAccepted(Guid WorkOrderId, int Number, decimal Total, decimal DiscountPercent, Guid TechnicianId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record QuoteDiscountApproved(Guid WorkOrderId, int Number, decimal DiscountPercent, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record RefundRecorded(Guid WorkOrderId, Guid RefundId, decimal Amount, PaymentMethod Method, DateOnly RefundedOn, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>WO-11 (r2), WO-12: what the company owes the customer back on the order changed (0 once refunded).</summary>
public sealed record RefundOwedChanged(Guid WorkOrderId, Guid CustomerId, decimal RefundOwed, DateTimeOffset OccurredAt) : IDomainEvent;
