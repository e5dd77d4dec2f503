using AfterSales.Domain.Common;

namespace AfterSales.Domain.Invoicing;

public sealed record InvoiceRequested(Guid InvoiceRequestId, InvoiceSource Source, Guid SourceId, decimal Amount, DateOnly ServiceOn, DateOnly DueOn, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record InvoiceRequestReassessed(Guid InvoiceRequestId, decimal From, decimal To, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record InvoiceIssued(Guid InvoiceRequestId, string InvoiceNumber, DateOnly IssuedOn, string IssuedBy, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record InvoiceRequestCancelled(Guid InvoiceRequestId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;
