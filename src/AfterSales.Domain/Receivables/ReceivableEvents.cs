using AfterSales.Domain.Common;

namespace AfterSales.Domain.Receivables;

/// <summary>Opened for a work order's balance, or (PR-2) for a parts-only order taken on account: one of the two ids is set.</summary>
public sealed record ReceivableOpened(Guid ReceivableId, Guid? WorkOrderId, Guid TechnicianId, decimal Amount, DateTimeOffset OccurredAt, Guid? PartsOrderId = null) : IDomainEvent;

public sealed record ReceivablePaid(Guid ReceivableId, decimal Applied, decimal Outstanding, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ReceivableReassessed(Guid ReceivableId, decimal Amount, decimal Outstanding, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>Paid off; <see cref="Released"/> (the total deducted) is given back by <see cref="ReleaseBy"/>, null when nothing was deducted.</summary>
public sealed record ReceivableSettled(Guid ReceivableId, DateOnly SettledOn, DateOnly? ReleaseBy, decimal Released, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record SalaryDeducted(Guid ReceivableId, Guid TechnicianId, decimal Amount, DateOnly Month, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ReceivableTransferred(Guid ReceivableId, Guid FromTechnicianId, Guid ToTechnicianId, DateTimeOffset OccurredAt) : IDomainEvent;
