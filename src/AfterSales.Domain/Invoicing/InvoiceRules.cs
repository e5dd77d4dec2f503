using AfterSales.Domain.Common;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Invoicing;

/// <summary>
/// WO-12 (r2) in one place: what is still to be invoiced, when Finance must have issued it, and when a request is late.
/// With 2 working days, a request for Thursday 7 January 2027 is due Monday 11 January (the weekend does not count); it
/// is listed as not issued from Tuesday 12 January, the first day after the due day, never on the due day itself.
/// </summary>
public static class InvoiceRules
{
    /// <summary>The day Finance must have issued the invoice by: <paramref name="issueWorkingDays"/> working days after the service day.</summary>
    public static DateOnly DueOn(DateOnly serviceOn, WorkingCalendar calendar, int issueWorkingDays) =>
        calendar.AddWorkingDays(serviceOn, issueWorkingDays);

    /// <summary>
    /// The company-local day of service [S001 制度8 第五条, 第八条]: for workshop work the day the item went back to the
    /// customer, otherwise the day the work was resolved (its field time); null while neither has happened.
    /// </summary>
    public static DateOnly? ServiceDay(WorkOrder order, WorkingCalendar calendar) =>
        order.Method == ResolutionMethod.Workshop
            ? order.Workshop?.ReturnedAt is { } returnedAt ? calendar.LocalDate(returnedAt) : null
            : order.ResolvedAt is { } resolvedAt ? calendar.LocalDate(resolvedAt) : null;

    /// <summary>Still requested after its due day has passed.</summary>
    public static bool IsLate(InvoiceRequestStatus status, DateOnly dueOn, DateOnly today) =>
        status == InvoiceRequestStatus.Requested && today > dueOn;

    /// <summary>
    /// What is left to invoice for an order: its fee less what Finance already invoiced for it, never below nothing (an
    /// issued invoice larger than the fee now is corrected by Finance with a credit note, outside this system). A
    /// deposit held for an old part is not revenue and is never invoiced.
    /// </summary>
    public static decimal StillToInvoice(decimal fee, decimal invoiced) => Math.Max(Money.Round(fee - invoiced), Money.Zero);
}
