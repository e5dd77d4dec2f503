using AfterSales.Domain.Common;
using AfterSales.Domain.PartsOrders;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Invoicing;

/// <summary>
/// WO-12 (r2): paid work asks Finance for an invoice on the day of service (workshop work: the day the item went back to
/// the customer) [S001 制度8 第五条, 第八条]. Finance issues it within [Invoices:IssueWorkingDays] working days; one not
/// issued by then is listed. The amount is the fee for the work (labour and chargeable parts after discount); deposits
/// held for old parts are not revenue and are not invoiced.
/// </summary>
public sealed class InvoiceRequest : AggregateRoot
{
    private InvoiceRequest()
        : base(Guid.Empty)
    {
        Number = null!;
        SourceNumber = null!;
    }

    private InvoiceRequest(Guid id)
        : base(id)
    {
        Number = null!;
        SourceNumber = null!;
    }

    /// <summary>The request's own number, <c>IR-2026-000001</c>: an order may have more than one over its life.</summary>
    public string Number { get; private set; }

    public InvoiceSource Source { get; private set; }

    /// <summary>The id of what it bills (a work order's id when <see cref="Source"/> is <see cref="InvoiceSource.WorkOrder"/>).</summary>
    public Guid SourceId { get; private set; }

    /// <summary>The number the service voucher carries, e.g. <c>WO-2026-000017</c>.</summary>
    public string SourceNumber { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>What Finance is asked to invoice, 2 places.</summary>
    public decimal Amount { get; private set; }

    /// <summary>The company-local day of service: the resolution's day, or for workshop work the return day.</summary>
    public DateOnly ServiceOn { get; private set; }

    /// <summary>The last day Finance may issue it without it being listed as late.</summary>
    public DateOnly DueOn { get; private set; }

    public InvoiceRequestStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public string? InvoiceNumber { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    public string? IssuedBy { get; private set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>
    /// WO-12 (r2): an order with a fee to invoice asks Finance for the invoice on its day of service; the request is due
    /// <paramref name="issueWorkingDays"/> working days later on the company's calendar.
    /// </summary>
    public static InvoiceRequest ForWorkOrder(
        WorkOrder order, string number, decimal amount, DateOnly serviceOn, WorkingCalendar calendar, int issueWorkingDays, TimeProvider clock) =>
        Raise(InvoiceSource.WorkOrder, order.Id, order.Number, order.CustomerId, number, amount, serviceOn, calendar, issueWorkingDays, clock);

    /// <summary>
    /// WO-12 (r2), PR-2: a parts-only sale is invoiced for its total on the day its parts were shipped, paid first or
    /// taken on account.
    /// </summary>
    public static InvoiceRequest ForPartsOrder(
        PartsOrder order, string number, DateOnly shippedOn, WorkingCalendar calendar, int issueWorkingDays, TimeProvider clock) =>
        Raise(InvoiceSource.PartsOrder, order.Id, order.Number, order.CustomerId, number, order.Total, shippedOn, calendar, issueWorkingDays, clock);

    private static InvoiceRequest Raise(
        InvoiceSource source,
        Guid sourceId,
        string sourceNumber,
        Guid customerId,
        string number,
        decimal amount,
        DateOnly serviceOn,
        WorkingCalendar calendar,
        int issueWorkingDays,
        TimeProvider clock)
    {
        var requested = Money.Round(amount);
        if (requested <= 0)
        {
            throw new BusinessRuleViolationException("WO-12", $"{sourceNumber} has nothing to invoice");
        }

        var now = clock.GetUtcNow();
        var request = new InvoiceRequest(Guid.CreateVersion7())
        {
            Number = Require.Text(number, 20),
            Source = source,
            SourceId = sourceId,
            SourceNumber = sourceNumber,
            CustomerId = customerId,
            Amount = requested,
            ServiceOn = serviceOn,
            DueOn = InvoiceRules.DueOn(serviceOn, calendar, issueWorkingDays),
            Status = InvoiceRequestStatus.Requested,
            RequestedAt = now,
        };
        request.Raise(new InvoiceRequested(request.Id, request.Source, request.SourceId, request.Amount, request.ServiceOn, request.DueOn, now));
        return request;
    }

    /// <summary>
    /// WO-12 (r2): the order was resolved again (after rework) before Finance issued this; it asks for what is left to
    /// invoice now, and is cancelled when nothing is. The service and due days stay: Finance was asked on that day.
    /// </summary>
    public void Reassess(decimal stillToInvoice, TimeProvider clock)
    {
        InvoiceRequestLifecycle.Ensure(this, InvoiceRequestAction.Reassess);
        var amount = Money.Round(stillToInvoice);
        if (amount <= 0)
        {
            Cancel("nothing is left to invoice for " + SourceNumber, clock);
            return;
        }

        if (amount == Amount)
        {
            return;
        }

        var from = Amount;
        Amount = amount;
        Raise(new InvoiceRequestReassessed(Id, from, amount, clock.GetUtcNow()));
    }

    /// <summary>
    /// WO-12 (r2): Finance issued the invoice on <paramref name="issuedOn"/> (a day that has come, not before the service)
    /// under <paramref name="invoiceNumber"/>, which no other request carries (the database refuses a duplicate).
    /// </summary>
    public void Issue(string invoiceNumber, DateOnly issuedOn, DateOnly today, string issuedBy, TimeProvider clock)
    {
        InvoiceRequestLifecycle.Ensure(this, InvoiceRequestAction.Issue);
        if (issuedOn > today)
        {
            throw new InvalidInputException("issuedOn", $"An invoice cannot be issued in the future: today is {today:yyyy-MM-dd}.");
        }

        if (issuedOn < ServiceOn)
        {
            throw new BusinessRuleViolationException("WO-12", $"{Number} is for service on {ServiceOn:yyyy-MM-dd}; its invoice cannot be issued before, on {issuedOn:yyyy-MM-dd}");
        }

        var now = clock.GetUtcNow();
        InvoiceNumber = Require.Text(invoiceNumber, 50).ToUpperInvariant();
        IssuedOn = issuedOn;
        IssuedBy = Require.Text(issuedBy, 100);
        IssuedAt = now;
        Status = InvoiceRequestStatus.Issued;
        Raise(new InvoiceIssued(Id, InvoiceNumber, issuedOn, IssuedBy, now));
    }

    /// <summary>WO-12 (r2): nothing is left to ask Finance for (rework brought the fee down to what was already invoiced).</summary>
    public void Cancel(string reason, TimeProvider clock)
    {
        InvoiceRequestLifecycle.Ensure(this, InvoiceRequestAction.Cancel);
        var now = clock.GetUtcNow();
        CancelReason = Require.Text(reason, 500);
        CancelledAt = now;
        Status = InvoiceRequestStatus.Cancelled;
        Raise(new InvoiceRequestCancelled(Id, CancelReason, now));
    }

    /// <summary>Still not issued after its due day.</summary>
    public bool IsLateOn(DateOnly today) => InvoiceRules.IsLate(Status, DueOn, today);
}
