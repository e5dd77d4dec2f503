using AfterSales.Domain.Common;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Receivables;

/// <summary>
/// WO-12: the unpaid balance of a resolved order, owed through the technician who served the customer.
/// Unsettled too long it is deducted from that technician's salary; once paid the deduction is given back.
/// </summary>
public sealed class Receivable : AggregateRoot
{
    private Receivable()
        : base(Guid.Empty)
    {
        WorkOrderNumber = null!;
    }

    private Receivable(Guid id)
        : base(id)
    {
        WorkOrderNumber = null!;
    }

    public Guid WorkOrderId { get; private set; }

    public string WorkOrderNumber { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>The technician the money is owed through: the order's technician when it was resolved.</summary>
    public Guid TechnicianId { get; private set; }

    /// <summary>Everything owed through this receivable: the balance when opened, adjusted if rework changed the fee.</summary>
    public decimal Amount { get; private set; }

    public decimal Outstanding { get; private set; }

    /// <summary>The company-local day the order was resolved with a balance; the overdue period counts from it.</summary>
    public DateOnly OpenedOn { get; private set; }

    /// <summary>The company-local day the last of it was paid.</summary>
    public DateOnly? SettledOn { get; private set; }

    /// <summary>Salary deducted for it is to be given back by this day.</summary>
    public DateOnly? ReleaseBy { get; private set; }

    public bool IsSettled => SettledOn is not null;

    /// <summary>WO-12: a resolved order that still has a balance is owed through its technician from today.</summary>
    public static Receivable Open(WorkOrder order, WorkingCalendar calendar, TimeProvider clock)
    {
        if (order.Status != WorkOrderStatus.Resolved || order.TechnicianId is not { } technicianId)
        {
            throw new BusinessRuleViolationException("WO-12", $"{order.Number} is {order.Status}: a receivable is opened when an order is resolved");
        }

        if (order.Balance <= 0)
        {
            throw new BusinessRuleViolationException("WO-12", $"{order.Number} has no unpaid balance");
        }

        var now = clock.GetUtcNow();
        var receivable = new Receivable(Guid.CreateVersion7())
        {
            WorkOrderId = order.Id,
            WorkOrderNumber = order.Number,
            CustomerId = order.CustomerId,
            TechnicianId = technicianId,
            Amount = order.Balance,
            Outstanding = order.Balance,
            OpenedOn = calendar.LocalDate(now),
        };
        receivable.Raise(new ReceivableOpened(receivable.Id, order.Id, technicianId, receivable.Amount, now));
        return receivable;
    }

    /// <summary>
    /// WO-12: a payment on the order reduces what is owed. A payment may also cover charges the order
    /// picked up in rework after this was opened, so only up to what is outstanding here is applied.
    /// </summary>
    public void ApplyPayment(decimal amount, DateOnly paidOn, WorkingCalendar calendar, int releaseWorkingDays, TimeProvider clock)
    {
        EnsureUnsettled();
        var now = clock.GetUtcNow();
        var applied = Math.Min(Money.Round(amount), Outstanding);
        Outstanding -= applied;
        Raise(new ReceivablePaid(Id, applied, Outstanding, now));
        if (Outstanding == 0)
        {
            Settle(paidOn, calendar, releaseWorkingDays, now);
        }
    }

    /// <summary>WO-12: the order was resolved again after rework; what is owed is the order's balance now.</summary>
    public void Reassess(WorkOrder order, WorkingCalendar calendar, int releaseWorkingDays, TimeProvider clock)
    {
        EnsureUnsettled();
        if (order.Id != WorkOrderId)
        {
            throw new ArgumentException($"The receivable is for {WorkOrderNumber}, not {order.Number}.", nameof(order));
        }

        var balance = Math.Max(order.Balance, Money.Zero);
        if (balance == Outstanding)
        {
            return;
        }

        var now = clock.GetUtcNow();
        Amount += balance - Outstanding;
        Outstanding = balance;
        Raise(new ReceivableReassessed(Id, Amount, Outstanding, now));
        if (Outstanding == 0)
        {
            Settle(calendar.LocalDate(now), calendar, releaseWorkingDays, now);
        }
    }

    /// <summary>
    /// HC-5: the technician it was owed through has left; from now on it is owed through the one who took
    /// over (an active technician, TE-2), and any salary deduction falls to them.
    /// </summary>
    public void TransferTo(Technician technician, TimeProvider clock)
    {
        EnsureUnsettled();
        technician.EnsureCanTakeNewWork();
        if (TechnicianId == technician.Id)
        {
            return;
        }

        var previous = TechnicianId;
        TechnicianId = technician.Id;
        Raise(new ReceivableTransferred(Id, previous, technician.Id, clock.GetUtcNow()));
    }

    /// <summary>WO-12: still unpaid once <paramref name="overdueDays"/> whole days have passed since it was opened.</summary>
    public bool IsOverdueOn(DateOnly today, int overdueDays) =>
        !IsSettled && OpenedOn <= ReceivableRules.LatestOverdueOpening(today, overdueDays);

    /// <summary>
    /// WO-12: the salary month it is deducted in — the month after the one it became overdue in — or null
    /// when it never became overdue (paid in time, or not yet due). A deduction stays on record after payment.
    /// </summary>
    public DateOnly? DeductionMonth(DateOnly today, int overdueDays)
    {
        var overdueFrom = ReceivableRules.OverdueFrom(OpenedOn, overdueDays);
        return (SettledOn ?? today) >= overdueFrom ? new DateOnly(overdueFrom.Year, overdueFrom.Month, 1).AddMonths(1) : null;
    }

    private void Settle(DateOnly settledOn, WorkingCalendar calendar, int releaseWorkingDays, DateTimeOffset now)
    {
        SettledOn = settledOn;
        ReleaseBy = calendar.AddWorkingDays(settledOn, releaseWorkingDays);
        Raise(new ReceivableSettled(Id, settledOn, ReleaseBy.Value, now));
    }

    private void EnsureUnsettled()
    {
        if (IsSettled)
        {
            throw new BusinessRuleViolationException("WO-12", $"the receivable for {WorkOrderNumber} was settled on {SettledOn:yyyy-MM-dd}");
        }
    }
}
