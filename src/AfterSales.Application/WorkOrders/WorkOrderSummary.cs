using System.Linq.Expressions;
using AfterSales.Domain.Customers;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

/// <summary>A list row: enough to pick an order, without loading the aggregate.</summary>
public sealed record WorkOrderSummary(
    Guid Id,
    string Number,
    WorkOrderStatus Status,
    Priority Priority,
    Zone Zone,
    ServiceType ServiceType,
    Guid CustomerId,
    Guid EquipmentId,
    Guid? TechnicianId,
    ResolutionMethod? Method,
    DateTimeOffset ReceivedAt,
    string ProblemDescription)
{
    /// <summary>Read straight from the order's row by SQL; written out, so that compiled queries can use it too.</summary>
    public static readonly Expression<Func<WorkOrder, WorkOrderSummary>> Of = order => new WorkOrderSummary(
        order.Id,
        order.Number,
        order.Status,
        order.Priority,
        order.Zone,
        order.ServiceType,
        order.CustomerId,
        order.EquipmentId,
        order.TechnicianId,
        order.Method,
        order.ReceivedAt,
        order.ProblemDescription);
}
