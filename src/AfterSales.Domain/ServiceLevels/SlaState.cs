namespace AfterSales.Domain.ServiceLevels;

public enum SlaState
{
    Pending,
    Met,
    Breached,
    NotApplicable,
}
