using AfterSales.Domain.Common;
using AfterSales.Domain.PartsOrders;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Receivables;

/// <summary>
/// WO-12: the unpaid balance of a resolved order (or, PR-2, of a parts-only order taken on account), owed through the technician who served the customer.
/// Unsettled too long it is deducted from that technician's salary; once paid the deduction is given back.
/// </summary>
public sealed class Receivable : AggregateRoot
{
    private readonly List<SalaryDeduction> _deductions = [];

    private Receivable()
        : base(Guid.Empty)
    {
        OrderNumber = null!;
    }

    private Receivable(Guid id)
        : base(id)
    {
        OrderNumber = null!;
    }

    /// <summary>The work order whose balance is owed; null for a parts-only order's (exactly one of the two is set).</summary>
    public Guid? WorkOrderId { get; private set; }

    /// <summary>PR-2: the parts-only order taken on account; null for a work order's.</summary>
    public Guid? PartsOrderId { get; private set; }

    /// <summary>The number of the order it is owed for, <c>WO-…</c> or <c>PO-…</c>.</summary>
    public string OrderNumber { get; private set; }

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

    /// <summary>WO-12 (r2): the salary deducted for it is to be given back by this day; only set when something was deducted.</summary>
    public DateOnly? ReleaseBy { get; private set; }

    /// <summary>WO-12 (r2): what was actually taken from the technician's pay for it, month by month.</summary>
    public IReadOnlyCollection<SalaryDeduction> Deductions => _deductions.AsReadOnly();

    /// <summary>The total taken from pay, which is what is given back once the customer pays.</summary>
    public decimal Deducted => Money.Sum(_deductions.Select(deduction => deduction.Amount));

    public bool IsSettled => SettledOn is not null;

    /// <summary>WO-12: a resolved order that still has a balance is owed through its technician from the day it was resolved.</summary>
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

        // An order resolved offline and synced later (WO-16) has been owed since the day it was resolved.
        var now = clock.GetUtcNow();
        return Owed(order.Id, null, order.Number, order.CustomerId, technicianId, order.Balance, calendar.LocalDate(order.ResolvedAt ?? now), now);
    }

    /// <summary>
    /// PR-2, WO-12: the customer's responsible technician accepted a parts-only order's outstanding amount on account;
    /// it is owed through them from today, and WO-12's overdue period, deductions and settlement apply as to any other.
    /// </summary>
    public static Receivable OpenOnAccount(PartsOrder order, WorkingCalendar calendar, TimeProvider clock)
    {
        if (order.Status != PartsOrderStatus.OnAccount || order.OnAccountTechnicianId is not { } technicianId)
        {
            throw new BusinessRuleViolationException("PR-2", $"{order.Number} is {order.Status}: a receivable is opened when it is taken on account");
        }

        if (order.Outstanding <= 0)
        {
            throw new BusinessRuleViolationException("PR-2", $"{order.Number} has nothing left to pay");
        }

        var now = clock.GetUtcNow();
        return Owed(null, order.Id, order.Number, order.CustomerId, technicianId, order.Outstanding, calendar.LocalDate(now), now);
    }

    /// <summary>What either kind of order owes through <paramref name="technicianId"/> from <paramref name="openedOn"/>.</summary>
    private static Receivable Owed(
        Guid? workOrderId, Guid? partsOrderId, string orderNumber, Guid customerId, Guid technicianId, decimal amount, DateOnly openedOn, DateTimeOffset now)
    {
        var receivable = new Receivable(Guid.CreateVersion7())
        {
            WorkOrderId = workOrderId,
            PartsOrderId = partsOrderId,
            OrderNumber = orderNumber,
            CustomerId = customerId,
            TechnicianId = technicianId,
            Amount = amount,
            Outstanding = amount,
            OpenedOn = openedOn,
        };
        receivable.Raise(new ReceivableOpened(receivable.Id, workOrderId, technicianId, amount, now, partsOrderId));
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
            throw new ArgumentException($"The receivable is for {OrderNumber}, not {order.Number}.", nameof(order));
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

    /// <summary>
    /// WO-12 (r2): Finance records an amount actually deducted from the technician's pay in a salary month. Only an
    /// overdue receivable is deducted, and never more than is still owed on it; the customer still owes the whole
    /// outstanding amount, and the deduction is given back once they pay.
    /// </summary>
    public SalaryDeduction RecordDeduction(decimal amount, DateOnly month, DateOnly today, int overdueDays, string recordedBy, TimeProvider clock)
    {
        EnsureUnsettled();
        if (!IsOverdueOn(today, overdueDays))
        {
            throw new BusinessRuleViolationException("WO-12", $"the receivable for {OrderNumber} is not overdue: it is deducted from pay only after {overdueDays} days unpaid");
        }

        var deducted = Money.Round(amount);
        if (deducted <= 0)
        {
            throw new InvalidInputException(nameof(amount), "The amount deducted must be more than zero.");
        }

        if (Deducted + deducted > Outstanding)
        {
            throw new BusinessRuleViolationException(
                "WO-12", $"{Deducted:0.00} already deducted + {deducted:0.00} would be more than the {Outstanding:0.00} still owed for {OrderNumber}");
        }

        var now = clock.GetUtcNow();
        var deduction = new SalaryDeduction(Guid.CreateVersion7(), deducted, new DateOnly(month.Year, month.Month, 1), Require.Text(recordedBy, 100), now);
        _deductions.Add(deduction);
        Raise(new SalaryDeducted(Id, TechnicianId, deduction.Amount, deduction.Month, now));
        return deduction;
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

        // WO-12 (r2): there is something to give back only when something was taken.
        ReleaseBy = _deductions.Count > 0 ? calendar.AddWorkingDays(settledOn, releaseWorkingDays) : null;
        Raise(new ReceivableSettled(Id, settledOn, ReleaseBy, Deducted, now));
    }

    private void EnsureUnsettled()
    {
        if (IsSettled)
        {
            throw new BusinessRuleViolationException("WO-12", $"the receivable for {OrderNumber} was settled on {SettledOn:yyyy-MM-dd}");
        }
    }
}
