using AfterSales.Application.Abstractions;
using AfterSales.Domain.Customers;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

/// <summary>A list row: enough to pick an order, without loading the aggregate. Read by SQL (<see cref="Columns"/>).</summary>
public sealed record WorkOrderSummary
{
    /// <summary>The columns of a row, named as its properties, from <c>aftersales.work_orders o</c>.</summary>
    public const string Columns = """
        o.id, o.number, o.status, o.priority, o.zone, o.service_type AS ServiceType, o.customer_id AS CustomerId,
        o.equipment_id AS EquipmentId, o.technician_id AS TechnicianId, o.team, o.method, o.received_at AS ReceivedAt,
        o.problem_description AS ProblemDescription
        """;

    public required Guid Id { get; init; }

    public required string Number { get; init; }

    public required WorkOrderStatus Status { get; init; }

    public required Priority Priority { get; init; }

    public required Zone Zone { get; init; }

    public required ServiceType ServiceType { get; init; }

    public required Guid CustomerId { get; init; }

    public required Guid EquipmentId { get; init; }

    public Guid? TechnicianId { get; init; }

    /// <summary>X-4 (r2): the team of the technician it is assigned to.</summary>
    public string? Team { get; init; }

    public ResolutionMethod? Method { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required string ProblemDescription { get; init; }

    /// <summary>WO-22: what the caller may do next, as on the order itself.</summary>
    public IReadOnlyList<string> AllowedActions { get; init; } = [];

    /// <summary>The row as <paramref name="caller"/> sees it, with the actions open to them.</summary>
    public WorkOrderSummary For(ICurrentUser caller) => this with { AllowedActions = WorkOrderActionAccess.AllowedFor(Status, caller) };
}
