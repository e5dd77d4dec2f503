namespace AfterSales.Application.WorkOrders;

public sealed record AssignmentResponse(Guid TechnicianId, DateTimeOffset AssignedAt, string AssignedBy, string? Reason);
