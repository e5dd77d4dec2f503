using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

/// <summary>WO-16: a technician step, when it happened in the field (<c>at</c>) and when it reached the server (<c>receivedAt</c>).</summary>
public sealed record FieldStepResponse(FieldStepKind Step, DateTimeOffset At, DateTimeOffset ReceivedAt);
