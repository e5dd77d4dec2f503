using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.WorkOrders.Site;
using AfterSales.Domain.Customers;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Application.WorkOrders;

public sealed record WorkOrderResponse(
    Guid Id,
    string Number,
    WorkOrderStatus Status,
    Channel Channel,
    Guid CustomerId,
    Guid EquipmentId,
    Zone Zone,
    Priority Priority,
    ServiceType ServiceType,
    Guid? TechnicianId,
    string? Team,
    ResolutionMethod? Method,
    DateTimeOffset ReceivedAt,
    string ProblemDescription,
    AppointmentResponse? Appointment,
    DateTimeOffset? ArrivedAt,
    bool LateArrival,
    DateTimeOffset? StartedAt,
    QuoteResponse? Quote,
    WorkshopResponse? Workshop,
    string? ResolutionSummary,
    SignOffResponse? CustomerSignOff,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? CancelledAt,
    string? CancelReason,
    int ReopenCount,
    IReadOnlyList<AssignmentResponse> Assignments,
    IReadOnlyList<TimeEntryResponse> TimeEntries,
    IReadOnlyList<PhotoResponse> Photos,
    FollowUpResponse? FollowUp,
    IReadOnlyList<PartResponse> Parts,
    IReadOnlyList<PaymentResponse> Payments,
    decimal Fee,
    decimal Paid,
    decimal Balance,
    decimal DepositsHeld,
    uint Version) : IVersionedResource
{
    /// <summary>WO-22: what the caller may do next (<see cref="WorkOrderActionAccess"/>).</summary>
    public IReadOnlyList<string> AllowedActions { get; init; } = [];

    /// <summary>WO-21: the customer and machine, for the technician the order is assigned to while it is open; otherwise absent.</summary>
    public WorkOrderSiteResponse? Site { get; init; }

    /// <summary>IQ-1: the inquiry the order was turned from, when it began as a question.</summary>
    public Guid? InquiryId { get; init; }

    /// <summary>WO-16: the technician's steps in the order they happened, each with its field time and the time it reached the server.</summary>
    public IReadOnlyList<FieldStepResponse> FieldSteps { get; init; } = [];

    /// <summary>WO-11 (r2), WO-12: money paid back to the customer, oldest first.</summary>
    public IReadOnlyList<RefundResponse> Refunds { get; init; } = [];

    /// <summary>WO-12: the sum of <see cref="Refunds"/>; it adds back to the balance what <c>paid</c> took off.</summary>
    public decimal Refunded { get; init; }

    /// <summary>
    /// WO-11 (r2), WO-12: what the company owes the customer back (a balance below zero): a deposit they paid whose old
    /// part is now in, or a part they paid for that went back unused. Finance refunds it.
    /// </summary>
    public decimal RefundOwed { get; init; }

    /// <summary>WO-12 (r2): every version quoted, the first first; <c>quote</c> is the accepted one in force.</summary>
    public IReadOnlyList<QuoteResponse> Quotes { get; init; } = [];

    /// <summary>WO-18: the resolution time promised to the customer now in force, if any.</summary>
    public DateTimeOffset? PromisedResolutionAt { get; init; }

    /// <summary>WO-18: every promise made, oldest first; the last is the one in force.</summary>
    public IReadOnlyList<PromiseResponse> Promises { get; init; } = [];

    /// <summary>WO-19: for an order from the Salesperson channel, when the salesperson heard of it; otherwise absent.</summary>
    public SalespersonForwardResponse? SalespersonForward { get; init; }
    /// <summary>WO-20 (r2): every move of the visit's window, oldest first.</summary>
    public IReadOnlyList<VisitMoveResponse> VisitMoves { get; init; } = [];
}
