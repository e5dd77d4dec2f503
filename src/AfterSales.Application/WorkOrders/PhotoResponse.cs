namespace AfterSales.Application.WorkOrders;

public sealed record PhotoResponse(Guid Id, string Reference, string? Caption, string AddedBy, DateTimeOffset AddedAt);
