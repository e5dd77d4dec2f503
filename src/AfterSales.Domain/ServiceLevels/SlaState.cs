namespace AfterSales.Domain.ServiceLevels;

public enum SlaState
{
    Pending,
    Met,
    Breached,
    NotApplicable,

    /// <summary>WO-17: past its deadline without its stop; a field clock may still be met by a step done in time and synced late.</summary>
    Overdue,
}
