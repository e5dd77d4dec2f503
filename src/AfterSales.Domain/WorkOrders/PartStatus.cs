namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-11: a part leaves the warehouse only once Finance has approved the request.</summary>
public enum PartStatus
{
    Requested,
    Issued,
}
