namespace AfterSales.Domain.Returns;

/// <summary>RX-1: the customer wants their money back, or the same product in place of the one delivered.</summary>
public enum ReturnKind
{
    Return,
    Exchange,
}
