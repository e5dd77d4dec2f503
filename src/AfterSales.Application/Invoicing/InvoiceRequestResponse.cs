using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Invoicing;
using AfterSales.Domain.Scheduling;

namespace AfterSales.Application.Invoicing;

/// <summary>
/// WO-12 (r2): an invoice request as Finance sees it. <see cref="Late"/> is true when it is still requested after its
/// <see cref="DueOn"/>; <see cref="AgeWorkingDays"/> counts the working days since the day of service up to today (or to
/// the day it was issued).
/// </summary>
public sealed record InvoiceRequestResponse : IVersionedResource
{
    public required Guid Id { get; init; }

    public required string Number { get; init; }

    public required InvoiceSource Source { get; init; }

    public required Guid SourceId { get; init; }

    public required string SourceNumber { get; init; }

    public required Guid CustomerId { get; init; }

    public required decimal Amount { get; init; }

    public required DateOnly ServiceOn { get; init; }

    public required DateOnly DueOn { get; init; }

    public required InvoiceRequestStatus Status { get; init; }

    public required bool Late { get; init; }

    public required int AgeWorkingDays { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public string? InvoiceNumber { get; init; }

    public DateOnly? IssuedOn { get; init; }

    public string? IssuedBy { get; init; }

    public DateTimeOffset? IssuedAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    public string? CancelReason { get; init; }

    public required uint Version { get; init; }
}

internal static class InvoiceRequestResponses
{
    /// <summary>Late and age depend on today, so they are decided when the request is read.</summary>
    public static InvoiceRequestResponse From(InvoiceRequest request, DateOnly today, WorkingCalendar calendar) => new()
    {
        Id = request.Id,
        Number = request.Number,
        Source = request.Source,
        SourceId = request.SourceId,
        SourceNumber = request.SourceNumber,
        CustomerId = request.CustomerId,
        Amount = request.Amount,
        ServiceOn = request.ServiceOn,
        DueOn = request.DueOn,
        Status = request.Status,
        Late = request.IsLateOn(today),
        AgeWorkingDays = calendar.WorkingDaysBetween(request.ServiceOn, request.IssuedOn ?? today),
        RequestedAt = request.RequestedAt,
        InvoiceNumber = request.InvoiceNumber,
        IssuedOn = request.IssuedOn,
        IssuedBy = request.IssuedBy,
        IssuedAt = request.IssuedAt,
        CancelledAt = request.CancelledAt,
        CancelReason = request.CancelReason,
        Version = request.Version,
    };
}
