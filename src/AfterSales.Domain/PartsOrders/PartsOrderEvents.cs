using AfterSales.Domain.Common;
using AfterSales.Domain.ServiceLevels;

namespace AfterSales.Domain.PartsOrders;

public sealed record PartsOrderRegistered(Guid OrderId, string Number, decimal Total, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PartsOrderPaymentArrived(Guid OrderId, decimal Amount, DateTimeOffset ArrivedAt, DateTimeOffset ConfirmBy, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>PR-2: Finance confirmed <see cref="Amount"/>; on an order taken on account it pays off the receivable (WO-12).</summary>
public sealed record PartsOrderPaymentConfirmed(Guid OrderId, decimal Amount, DateOnly PaidOn, bool Late, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PartsOrderTakenOnAccount(Guid OrderId, Guid TechnicianId, decimal Amount, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PartsOrderShipped(Guid OrderId, Guid ShipmentId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PartsOrderCancelled(Guid OrderId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>PR-2, WO-8: a payment was not confirmed within [Pricing:PaymentConfirmHours]; recorded once per arrival.</summary>
public sealed record PartsOrderConfirmationLate(Guid OrderId, string Number, SlaClockName Clock, DateTimeOffset Deadline, DateTimeOffset OccurredAt) : IDomainEvent;
