namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-11 (r2): a part the customer would pay for (its charge), and when it was issued, for the quote to cover.</summary>
public sealed record ChargedPart(Guid PartId, string PartNumber, int Quantity, decimal Charge, DateTimeOffset? IssuedAt);
