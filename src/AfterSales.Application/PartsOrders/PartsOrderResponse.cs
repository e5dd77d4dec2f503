using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Shipping;
using AfterSales.Domain.PartsOrders;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.PartsOrders;

/// <summary>
/// PR-2: a parts-only order with its lines and total, the payment reported and confirmed, the last payment's confirmation
/// clock (<see cref="ConfirmedLate"/> once any payment was not confirmed in time), the technician who took it on account, and its shipments (PR-3).
/// </summary>
public sealed record PartsOrderResponse(
    Guid Id,
    string Number,
    PartsOrderStatus Status,
    Guid CustomerId,
    IReadOnlyList<PartsOrderLineResponse> Lines,
    decimal Total,
    decimal AmountPaid,
    decimal Outstanding,
    string? ShippingAddress,
    string? Note,
    DateOnly OrderedOn,
    DateTimeOffset RegisteredAt,
    string RegisteredBy,
    PartsOrderPaymentResponse? Payment,
    PaymentConfirmationClockResponse? PaymentConfirmation,
    bool ConfirmedLate,
    Guid? OnAccountTechnicianId,
    DateTimeOffset? OnAccountAt,
    DateTimeOffset? ShippedAt,
    IReadOnlyList<ShipmentResponse> Shipments,
    DateTimeOffset? CancelledAt,
    string? CancelReason,
    uint Version) : IVersionedResource
{
    public static PartsOrderResponse Of(PartsOrder order, IReadOnlyList<ShipmentResponse> shipments) => new(
        order.Id,
        order.Number,
        order.Status,
        order.CustomerId,
        [.. order.Lines.Select(line => new PartsOrderLineResponse(line.PartNumber, line.Name, line.Quantity, line.UnitPrice, line.ListPrice, line.PriceReason, line.LineTotal))],
        order.Total,
        order.AmountPaid,
        order.Outstanding,
        order.ShippingAddress,
        order.Note,
        order.OrderedOn,
        order.RegisteredAt,
        order.RegisteredBy,
        order.PaymentArrivedAt is { } arrivedAt
            ? new PartsOrderPaymentResponse(
                arrivedAt, order.PaymentAmount!.Value, order.PaymentMethod!.Value, order.PaymentReference, order.PaymentRecordedBy!,
                order.PaymentAwaitingConfirmation, order.PaymentConfirmedAt, order.PaymentConfirmedBy)
            : null,
        order.PaymentConfirmation is { StartedAt: { } startedAt, Deadline: { } deadline } clock
            ? new PaymentConfirmationClockResponse(clock.Round, startedAt, deadline, clock.StoppedAt, clock.State)
            : null,
        order.ConfirmedLate,
        order.OnAccountTechnicianId,
        order.OnAccountAt,
        order.ShippedAt,
        shipments,
        order.CancelledAt,
        order.CancelReason,
        order.Version);
}

/// <summary>PR-1: the unit price taken, the list's price on the order's day (null off the list) and the reason when they differ.</summary>
public sealed record PartsOrderLineResponse(string PartNumber, string Name, int Quantity, decimal UnitPrice, decimal? ListPrice, string? PriceReason, decimal LineTotal);

/// <summary>PR-2: the last payment reported as arrived, and Finance's confirmation of it.</summary>
public sealed record PartsOrderPaymentResponse(
    DateTimeOffset ArrivedAt,
    decimal Amount,
    PaymentMethod Method,
    string? Reference,
    string RecordedBy,
    bool AwaitingConfirmation,
    DateTimeOffset? ConfirmedAt,
    string? ConfirmedBy);

/// <summary>PR-2: a payment's confirmation clock (round n for the n-th arrival): due <see cref="Deadline"/> ([Pricing:PaymentConfirmHours] after arrival); <c>Breached</c> = confirmed late or not yet.</summary>
public sealed record PaymentConfirmationClockResponse(int Round, DateTimeOffset StartedAt, DateTimeOffset Deadline, DateTimeOffset? StoppedAt, SlaState State);
