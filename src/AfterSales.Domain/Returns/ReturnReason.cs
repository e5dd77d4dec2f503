namespace AfterSales.Domain.Returns;

/// <summary>RX-1: why the customer wants to return or exchange the item.</summary>
public enum ReturnReason
{
    QualityFault,
    WrongItem,
    NotAsDescribed,
    ChangedMind,
}
