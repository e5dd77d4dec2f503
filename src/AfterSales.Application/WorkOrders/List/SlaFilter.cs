namespace AfterSales.Application.WorkOrders.List;

/// <summary>WO-8 lists: <see cref="Breached"/> has a breached clock; <see cref="AtRisk"/> has a running clock due within [Sla:AtRiskHours].</summary>
public enum SlaFilter
{
    Breached,
    AtRisk,
}
