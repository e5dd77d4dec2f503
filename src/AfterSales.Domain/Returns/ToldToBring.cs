namespace AfterSales.Domain.Returns;

/// <summary>RX-1: what the customer was told to bring with the item [S002 三.5].</summary>
public sealed record ToldToBring(bool ProofOfPurchase, bool Packaging, bool Accessories);
