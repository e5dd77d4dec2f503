using AfterSales.Application.Abstractions;
using AfterSales.Domain.Customers;
using AfterSales.Domain.WorkOrders;
using Dapper;

namespace AfterSales.Application.WorkOrders.Site;

/// <summary>
/// WO-21: the customer and machine behind an order, shown to the technician it is assigned to while it is open — their
/// working copy for the day, including offline. Whether it is shown depends only on the caller and the order's
/// status and technician, so the order's ETag still decides a 304; anyone else reads the customer card itself.
/// </summary>
public sealed class WorkOrderSites(IReadDatabase reads, ICurrentUser caller)
{
    private const string Sql = """
        SELECT c.name AS CustomerName, c.phone, c.address, c.zone, e.id AS EquipmentId, e.model, e.serial_number AS SerialNumber,
               e.purchase_date AS PurchaseDate, e.warranty_ends_on AS WarrantyEndsOn, e.contract_ends_on AS ContractEndsOn,
               e.arrival_working_hours AS ArrivalWorkingHours, e.delivery_date AS DeliveryDate, e.status
        FROM aftersales.equipment e JOIN aftersales.customers c ON c.id = e.customer_id
        WHERE e.id = ANY(@equipmentIds)
        """;

    public bool AreShownFor(Guid? technicianId, WorkOrderStatus status) =>
        technicianId is not null && technicianId == caller.TechnicianId && WorkOrderLifecycle.IsOpen(status);

    /// <summary>The representations, each with its site where the caller is shown it, read in one round trip.</summary>
    public async Task<IReadOnlyList<WorkOrderResponse>> AddToAsync(IReadOnlyList<WorkOrderResponse> orders, CancellationToken cancellationToken)
    {
        var shown = orders.Where(order => AreShownFor(order.TechnicianId, order.Status)).Select(order => order.EquipmentId).ToHashSet();
        if (shown.Count == 0)
        {
            return orders;
        }

        var sites = await ReadAsync(shown, cancellationToken);
        return [.. orders.Select(order => shown.Contains(order.EquipmentId) ? order with { Site = sites[order.EquipmentId] } : order)];
    }

    private Task<Dictionary<Guid, WorkOrderSiteResponse>> ReadAsync(IReadOnlyCollection<Guid> equipmentIds, CancellationToken cancellationToken) =>
        reads.ReadAsync(
            async connection =>
            {
                var rows = await connection.QueryAsync<SiteRow>(new CommandDefinition(Sql, new { equipmentIds = equipmentIds.ToArray() }, cancellationToken: cancellationToken));
                return rows.ToDictionary(row => row.EquipmentId, row => row.ToResponse());
            },
            cancellationToken);

    private sealed record SiteRow
    {
        public required string CustomerName { get; init; }

        public required string Phone { get; init; }

        public required string Address { get; init; }

        public Zone Zone { get; init; }

        public Guid EquipmentId { get; init; }

        public required string Model { get; init; }

        public required string SerialNumber { get; init; }

        public DateOnly PurchaseDate { get; init; }

        public DateOnly WarrantyEndsOn { get; init; }

        public DateOnly? ContractEndsOn { get; init; }

        public int? ArrivalWorkingHours { get; init; }

        public DateOnly DeliveryDate { get; init; }

        public EquipmentStatus Status { get; init; }

        public WorkOrderSiteResponse ToResponse() => new(
            CustomerName, Phone, Address, Zone, new(EquipmentId, Model, SerialNumber, PurchaseDate, WarrantyEndsOn, ContractEndsOn, ArrivalWorkingHours, DeliveryDate, Status));
    }
}
