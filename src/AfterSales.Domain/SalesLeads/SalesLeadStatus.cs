namespace AfterSales.Domain.SalesLeads;

/// <summary>WO-15: where sales stands with a lead. <see cref="Won"/> and <see cref="Lost"/> are final.</summary>
public enum SalesLeadStatus
{
    Open,
    Contacted,
    Won,
    Lost,
}
