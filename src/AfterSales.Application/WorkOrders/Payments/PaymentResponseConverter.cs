using AfterSales.Application.Common.Time;
using AfterSales.Domain.WorkOrders;
using AutoMapper;

namespace AfterSales.Application.WorkOrders.Payments;

/// <summary>
/// WO-12: whether cash is unremitted depends on today, so it is decided each time a payment is read,
/// against the company's calendar, instead of being stored and going stale at midnight.
/// </summary>
public sealed class PaymentResponseConverter(CompanyCalendar calendar) : ITypeConverter<Payment, PaymentResponse>
{
    public PaymentResponse Convert(Payment source, PaymentResponse destination, ResolutionContext context) =>
        new(
            source.Id,
            source.Amount,
            source.Method,
            source.CollectedBy,
            source.ReceivedAt,
            source.RecordedBy,
            source.RemittedAt,
            source.RemittedBy,
            source.IsUnremittedOn(calendar.Today));
}
