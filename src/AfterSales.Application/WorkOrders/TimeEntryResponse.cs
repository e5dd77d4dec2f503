using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

public sealed record TimeEntryResponse(Guid Id, Guid TechnicianId, DateTimeOffset StartedAt, int Minutes, TimeEntryKind Kind);
