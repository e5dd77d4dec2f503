using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using Dapper;
using Mediator;

namespace AfterSales.Application.Customers.Get;

public sealed record GetCustomer(Guid Id) : IQuery<CustomerResponse>;

/// <summary>
/// The customer card, read with SQL: the customer's row and its machines in one round trip. A technician reads only
/// the customers they serve — an open order of theirs, or the customer in their care (WO-21, TE-2) — and is told
/// no other exists.
/// </summary>
public sealed class GetCustomerHandler(IReadDatabase reads, ICurrentUser caller) : IQueryHandler<GetCustomer, CustomerResponse>
{
    private const string Sql = """
        SELECT id, name, phone, address, zone, responsible_technician_id AS ResponsibleTechnicianId,
               registered_on AS RegisteredOn, last_contacted_on AS LastContactedOn, xmin AS Version
        FROM aftersales.customers c
        WHERE id = @id
          AND (@anyCustomer OR c.responsible_technician_id = @technicianId OR EXISTS (
                SELECT 1 FROM aftersales.work_orders o
                WHERE o.customer_id = c.id AND o.technician_id = @technicianId AND o.status NOT IN ('Closed', 'Cancelled')));
        SELECT id, model, serial_number AS SerialNumber, purchase_date AS PurchaseDate,
               warranty_ends_on AS WarrantyEndsOn, contract_ends_on AS ContractEndsOn, arrival_working_hours AS ArrivalWorkingHours,
               delivery_date AS DeliveryDate, status
        FROM aftersales.equipment WHERE customer_id = @id ORDER BY id;
        """;

    public async ValueTask<CustomerResponse> Handle(GetCustomer query, CancellationToken cancellationToken) =>
        await reads.ReadAsync(
            async connection =>
            {
                await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
                    Sql,
                    new { id = query.Id, anyCustomer = Policies.CustomerReaders.Admits(caller), technicianId = caller.TechnicianId },
                    cancellationToken: cancellationToken));
                var customer = await results.ReadSingleOrDefaultAsync<CustomerRow>();
                return customer?.ToResponse([.. await results.ReadAsync<EquipmentRow>()]);
            },
            cancellationToken)
        ?? throw new NotFoundException(nameof(Customer), query.Id);

    private sealed record CustomerRow
    {
        public Guid Id { get; init; }

        public required string Name { get; init; }

        public required string Phone { get; init; }

        public required string Address { get; init; }

        public Zone Zone { get; init; }

        public Guid? ResponsibleTechnicianId { get; init; }

        public DateOnly RegisteredOn { get; init; }

        public DateOnly? LastContactedOn { get; init; }

        public uint Version { get; init; }

        public CustomerResponse ToResponse(IReadOnlyList<EquipmentRow> equipment) => new(
            Id,
            Name,
            Phone,
            Address,
            Zone,
            ResponsibleTechnicianId,
            RegisteredOn,
            LastContactedOn,
            [.. equipment.Select(machine => new EquipmentResponse(
                machine.Id, machine.Model, machine.SerialNumber, machine.PurchaseDate, machine.WarrantyEndsOn, machine.ContractEndsOn, machine.ArrivalWorkingHours, machine.DeliveryDate, machine.Status))],
            Version);
    }

    private sealed record EquipmentRow
    {
        public Guid Id { get; init; }

        public required string Model { get; init; }

        public required string SerialNumber { get; init; }

        public DateOnly PurchaseDate { get; init; }

        public DateOnly WarrantyEndsOn { get; init; }

        public DateOnly? ContractEndsOn { get; init; }

        public int? ArrivalWorkingHours { get; init; }

        public DateOnly DeliveryDate { get; init; }

        public EquipmentStatus Status { get; init; }
    }
}
