namespace AfterSales.Application.WorkOrders.List;

/// <summary>
/// WO-8 lists: <see cref="Breached"/> has a breached clock; <see cref="Overdue"/> has an overdue clock and none breached
/// (WO-17); <see cref="AtRisk"/> has a running clock due within [Sla:AtRiskHours] (an overdue one: its final deadline).
/// </summary>
public enum SlaFilter
{
    Breached,
    AtRisk,
    Overdue,
}
