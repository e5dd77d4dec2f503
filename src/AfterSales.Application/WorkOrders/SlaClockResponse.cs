using AfterSales.Domain.ServiceLevels;

namespace AfterSales.Application.WorkOrders;

/// <summary>WO-6: one service-level clock as <c>GET /work-orders/{id}/sla</c> shows it; <c>clock</c> is dispatch, contact, plan, arrival, resolution or followUp.</summary>
public sealed record SlaClockResponse(string Clock, DateTimeOffset? StartedAt, DateTimeOffset? Deadline, DateTimeOffset? StoppedAt, SlaState State);
