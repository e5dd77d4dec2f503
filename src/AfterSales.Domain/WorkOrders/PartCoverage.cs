namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-11 (r2): what the accepted quote lets the order bill for its parts, and the chargeable parts it does not cover.</summary>
public sealed record PartCoverage(decimal Billed, IReadOnlyList<ChargedPart> Uncovered);
