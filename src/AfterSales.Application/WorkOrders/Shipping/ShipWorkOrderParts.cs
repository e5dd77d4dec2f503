using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Shipping;
using AfterSales.Domain.Common;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Shipping;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.WorkOrders.Shipping;

/// <summary>PR-3: the Warehouse books parts out to a carrier for an order resolved by shipping parts (WO-4 <c>ShipParts</c>).</summary>
public sealed record ShipWorkOrderParts(string Carrier, string TrackingNumber, DateOnly? ShippedOn) : ICommand<ShipmentResponse>, IShipmentDetails
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ShipWorkOrderPartsValidator : ShipmentValidator<ShipWorkOrderParts>;

public sealed class ShipWorkOrderPartsHandler(IAfterSalesDbContext db, WorkingCalendar calendar, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : ICommandHandler<ShipWorkOrderParts, ShipmentResponse>
{
    public async ValueTask<ShipmentResponse> Handle(ShipWorkOrderParts command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, cancellationToken);
        var shipment = order.ShipParts(command.Carrier, command.TrackingNumber, command.ShippedOn!.Value, user.UserName, calendar, clock);
        db.Shipments.Add(shipment);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ShipmentResponse>(shipment);
    }
}

/// <summary>PR-3: the shipments booked out against a work order, oldest first (X-4: as the order itself).</summary>
public sealed record ListWorkOrderShipments(Guid Id) : IQuery<IReadOnlyList<ShipmentResponse>>;

public sealed class ListWorkOrderShipmentsHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper)
    : IQueryHandler<ListWorkOrderShipments, IReadOnlyList<ShipmentResponse>>
{
    public async ValueTask<IReadOnlyList<ShipmentResponse>> Handle(ListWorkOrderShipments query, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(WorkOrder), query.Id);
        await access.EnsureVisible(order, cancellationToken);
        var shipments = await db.Shipments.AsNoTracking()
            .Where(shipment => shipment.ShippedFor == ShipmentFor.WorkOrder && shipment.ShippedForId == query.Id)
            .OrderBy(shipment => shipment.RecordedAt)
            .ToListAsync(cancellationToken);
        return [.. shipments.Select(mapper.Map<ShipmentResponse>)];
    }
}
