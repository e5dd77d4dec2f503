namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-12: how the customer paid.</summary>
public enum PaymentMethod
{
    Cash,
    Card,
    Transfer,
}
