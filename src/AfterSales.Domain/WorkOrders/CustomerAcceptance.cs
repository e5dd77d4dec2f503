namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-12: who accepted a quote for the customer, and when.</summary>
public sealed record CustomerAcceptance(string AcceptedBy, DateTimeOffset AcceptedAt);
