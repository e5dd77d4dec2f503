namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-11 (r2): a part number and how many of it a quote lets the order bill.</summary>
public sealed record QuotedPart(string PartNumber, int Quantity);
