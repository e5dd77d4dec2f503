using AfterSales.Application.Abstractions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Invoicing;
using AfterSales.Domain.PartsOrders;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Shipping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Invoicing;

/// <summary>
/// WO-12 (r2), PR-2: a parts-only sale asks Finance for its invoice on the day the parts were shipped, in the same
/// transaction as the shipment, whether the customer paid first or the order was taken on account. A parts order ships once.
/// </summary>
public sealed class RequestInvoiceOnPartsShipment(
    IAfterSalesDbContext db, IInvoiceRequestNumbers numbers, WorkingCalendar calendar, IOptions<InvoiceOptions> options, TimeProvider clock)
    : IDomainEventHandler<PartsOrderShipped>
{
    public async Task HandleAsync(PartsOrderShipped domainEvent, CancellationToken cancellationToken)
    {
        var order = await db.PartsOrders.FindAsync([domainEvent.OrderId], cancellationToken)
            ?? throw new NotFoundException(nameof(PartsOrder), domainEvent.OrderId);
        var shipment = await db.Shipments.FindAsync([domainEvent.ShipmentId], cancellationToken)
            ?? throw new NotFoundException(nameof(Shipment), domainEvent.ShipmentId);
        if (await db.InvoiceRequests.AnyAsync(request => request.Source == InvoiceSource.PartsOrder && request.SourceId == order.Id, cancellationToken))
        {
            return;
        }

        var number = await numbers.NextAsync(shipment.ShippedOn, cancellationToken);
        db.InvoiceRequests.Add(InvoiceRequest.ForPartsOrder(order, number, shipment.ShippedOn, calendar, options.Value.IssueWorkingDays, clock));
    }
}
