using AfterSales.Domain.Common;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Shipping;

namespace AfterSales.Domain.WorkOrders;

/// <summary>PR-3: parts shipped to the customer for an order resolved by shipping parts (WO-4 <c>ShipParts</c>).</summary>
public sealed partial class WorkOrder
{
    /// <summary>
    /// PR-3: the Warehouse books parts out against this order to <paramref name="carrier"/> under
    /// <paramref name="trackingNumber"/>, shipped on <paramref name="shippedOn"/> (from the day it was received to today).
    /// Only an order whose chosen method is <c>ShipParts</c>, while it is being worked or just resolved.
    /// </summary>
    public Shipment ShipParts(string carrier, string trackingNumber, DateOnly shippedOn, string bookedOutBy, WorkingCalendar calendar, TimeProvider clock)
    {
        Ensure(WorkOrderAction.ShipParts);
        if (Method != ResolutionMethod.ShipParts)
        {
            throw new BusinessRuleViolationException("PR-3", $"{Number} is not resolved by shipping parts (its method is {Method?.ToString() ?? "not chosen"})");
        }

        var now = clock.GetUtcNow();
        var shipment = Shipment.BookOut(
            ShipmentFor.WorkOrder,
            Id,
            Number,
            carrier,
            trackingNumber,
            shippedOn,
            calendar.LocalDate(ReceivedAt),
            calendar.LocalDate(now),
            bookedOutBy,
            now);
        Raise(new WorkOrderPartsShipped(Id, shipment.Id, now));
        return shipment;
    }
}
