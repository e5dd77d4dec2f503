namespace AfterSales.Application.WorkOrders;

public sealed record QuoteResponse(decimal Labour, decimal Parts, decimal Total, string AcceptedBy, DateTimeOffset AcceptedAt);
