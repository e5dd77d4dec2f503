using System.Linq.Expressions;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.Returns;

/// <summary>RX-4: the share of a model's items delivered in a month that came back with a completed return.</summary>
public static class ReturnRate
{
    /// <summary>
    /// Completed returns ÷ items delivered, in per cent; this divides, so it is rounded half away from zero to 2 places
    /// (1 of 3 = 33.33 %, 2 of 3 = 66.67 %). No delivery, no rate: 0.00.
    /// </summary>
    public static decimal Percent(int returned, int delivered) =>
        delivered == 0 ? Money.Zero : Money.Round(returned * 100m / delivered);

    /// <summary>
    /// RX-4: a return is completed when the company took the item back for money (a full or partial refund); an exchange
    /// is not a return, nor a request settled with the item left with the customer. An expression, so the report counts in the database.
    /// </summary>
    public static readonly Expression<Func<ReturnRequest, bool>> CompletedReturn =
        request => request.Kind == ReturnKind.Return && request.Status == ReturnStatus.Refunded;
}
