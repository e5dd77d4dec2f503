namespace AfterSales.Application.WorkOrders;

/// <summary>WO-18: a resolution time promised to the customer, who recorded it and when.</summary>
public sealed record PromiseResponse(DateTimeOffset PromisedResolutionAt, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>WO-19: when the salesperson heard of the fault, and whether the order reached the desk late.</summary>
public sealed record SalespersonForwardResponse(DateTimeOffset HeardAt, bool Late);
