namespace AfterSales.Domain.WorkOrders;

public enum ServiceType
{
    Warranty,
    Contract,
    Paid,
    Internal,
}
