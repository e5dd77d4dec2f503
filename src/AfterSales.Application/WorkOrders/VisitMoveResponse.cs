namespace AfterSales.Application.WorkOrders;

/// <summary>WO-20 (r2): the visit's window moved from <c>previous…</c> to <c>start</c>..<c>end</c>, why, and when the customer was told.</summary>
public sealed record VisitMoveResponse(
    DateTimeOffset PreviousStart,
    DateTimeOffset PreviousEnd,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Reason,
    DateTimeOffset CustomerToldAt,
    bool ToldLate,
    DateTimeOffset MovedAt);
