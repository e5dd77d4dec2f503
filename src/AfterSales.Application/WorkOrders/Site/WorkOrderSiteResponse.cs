using AfterSales.Application.Customers;
using AfterSales.Domain.Customers;

namespace AfterSales.Application.WorkOrders.Site;

/// <summary>WO-21: what the technician needs on site: whom to call, where to go, and which machine under which terms.</summary>
public sealed record WorkOrderSiteResponse(
    string CustomerName,
    string Phone,
    string Address,
    Zone Zone,
    EquipmentResponse Equipment);
