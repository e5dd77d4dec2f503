namespace AfterSales.Domain.Returns;

/// <summary>RX-1: the state the item is in, as the customer describes it on registration.</summary>
public enum ItemCondition
{
    New,
    OpenedUnused,
    Used,
    Damaged,
}
