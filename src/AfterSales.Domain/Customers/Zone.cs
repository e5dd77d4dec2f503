namespace AfterSales.Domain.Customers;

public enum Zone
{
    Urban,
    Suburban,
    Remote,
}

public enum ContactKind
{
    FollowUpCall,
    Visit,
}
