namespace AfterSales.Domain.Customers;

/// <summary>RX-3: whether the machine is still the customer's, or went back to the company with a completed return or exchange.</summary>
public enum EquipmentStatus
{
    InService,
    Returned,
}
