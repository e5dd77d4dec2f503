using AfterSales.Domain.Common;
using AfterSales.Domain.Receivables;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Tests.Scheduling;
using AfterSales.Domain.Tests.WorkOrders;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.Receivables;

public sealed class ReceivableTests
{
    private const int OverdueDays = 40;
    private const int ReleaseWorkingDays = 2;

    // Resolved at 17:00 on Monday 16 November 2026 in Shanghai.
    private static readonly DateOnly OpenedOn = new(2026, 11, 16);
    private static readonly WorkingCalendar Calendar = MoneyScenario.Calendar;

    private readonly WorkOrderScenario scenario = new();

    private TestClock Clock => scenario.Clock;

    private (WorkOrder Order, Receivable Receivable) ResolvedOwing300()
    {
        var order = scenario.ResolvedByPhone(ServiceType.Paid, labour: 300.00m);
        return (order, Receivable.Open(order, Calendar, Clock));
    }

    [Test]
    public void WO12_an_order_resolved_with_300_unpaid_is_owed_300_through_its_technician()
    {
        var (order, receivable) = ResolvedOwing300();

        Assert.Multiple(() =>
        {
            Assert.That(receivable.Amount, Is.EqualTo(300.00m));
            Assert.That(receivable.Outstanding, Is.EqualTo(300.00m));
            Assert.That(receivable.TechnicianId, Is.EqualTo(order.TechnicianId));
            Assert.That(receivable.OrderNumber, Is.EqualTo(WorkOrderScenario.Number));
            Assert.That(receivable.CustomerId, Is.EqualTo(order.CustomerId));
            Assert.That(receivable.OpenedOn, Is.EqualTo(OpenedOn));
            Assert.That(receivable.DomainEvents.OfType<ReceivableOpened>().Single().Amount, Is.EqualTo(300.00m));
        });
    }

    [Test]
    public void WO12_a_receivable_counts_from_the_day_the_work_was_resolved_when_the_phone_syncs_days_later()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid, labour: 300.00m);

        // Resolved offline at 17:00 on Monday 16 November (WO-16), reaching the server on Thursday the 19th.
        Clock.SetUtcNow(WorkOrderScenario.ResolvedAt.AddDays(3));
        order.Resolve("Talked the customer through it", null, WorkOrderScenario.Sla, Clock, at: WorkOrderScenario.ResolvedAt);
        var receivable = Receivable.Open(order, Calendar, Clock);

        // Overdue once 40 whole days have passed since the 16th (not the 19th): from 27 December, not 30 December.
        Assert.Multiple(() =>
        {
            Assert.That(receivable.OpenedOn, Is.EqualTo(new DateOnly(2026, 11, 16)));
            Assert.That(receivable.IsOverdueOn(new DateOnly(2026, 12, 27), OverdueDays), Is.True);
            Assert.That(receivable.IsOverdueOn(new DateOnly(2026, 12, 26), OverdueDays), Is.False);
        });
    }

    [Test]
    public void WO12_a_receivable_needs_a_resolved_order_with_a_balance()
    {
        var unresolved = scenario.WorkedByPhone(ServiceType.Paid, labour: 300.00m);
        var paidUpScenario = new WorkOrderScenario();
        var paidUp = paidUpScenario.WorkedByPhone(ServiceType.Paid, labour: 300.00m);
        paidUp.Pay(paidUpScenario.Clock, 300.00m, PaymentMethod.Card);
        paidUp.Resolve("Fixed", null, WorkOrderScenario.Sla, paidUpScenario.Clock);

        Assert.Throws<BusinessRuleViolationException>(() => Receivable.Open(unresolved, Calendar, Clock));
        Assert.Throws<BusinessRuleViolationException>(() => Receivable.Open(paidUp, Calendar, Clock));
    }

    /// <summary>Finance deducts on day 41, the first day it is overdue (16 November + 41 = 27 December 2026).</summary>
    private void Deducted(Receivable receivable, decimal amount) =>
        receivable.RecordDeduction(amount, new DateOnly(2027, 1, 1), OpenedOn.AddDays(41), OverdueDays, "finance.user", Clock);

    [Test]
    public void WO12_a_receivable_paid_without_a_deduction_has_no_release_date()
    {
        var (_, receivable) = ResolvedOwing300();

        receivable.ApplyPayment(300.00m, OpenedOn.AddDays(45), Calendar, ReleaseWorkingDays, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(receivable.SettledOn, Is.EqualTo(new DateOnly(2026, 12, 31)), "16 November + 45 days");
            Assert.That(receivable.ReleaseBy, Is.Null, "overdue, but nothing was taken from pay, so nothing is given back");
            Assert.That(receivable.DomainEvents.OfType<ReceivableSettled>().Single().Released, Is.EqualTo(0.00m));
        });
    }

    [Test]
    public void WO12_a_deducted_receivable_is_released_two_working_days_after_payment()
    {
        var (_, receivable) = ResolvedOwing300();
        receivable.RecordDeduction(200.00m, new DateOnly(2027, 1, 15), OpenedOn.AddDays(41), OverdueDays, "finance.user", Clock);
        receivable.RecordDeduction(100.00m, new DateOnly(2027, 2, 1), OpenedOn.AddDays(70), OverdueDays, "finance.user", Clock);

        // Paid on Thursday 4 February 2027; Friday 5 and Monday 8 are the 2 working days.
        receivable.ApplyPayment(300.00m, new DateOnly(2027, 2, 4), Calendar, ReleaseWorkingDays, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(receivable.Deducted, Is.EqualTo(300.00m), "200.00 in January + 100.00 in February");
            Assert.That(receivable.Deductions.Select(deduction => deduction.Month), Is.EqualTo(new[] { new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 1) }));
            Assert.That(receivable.ReleaseBy, Is.EqualTo(new DateOnly(2027, 2, 8)));
            Assert.That(receivable.DomainEvents.OfType<ReceivableSettled>().Single().Released, Is.EqualTo(300.00m));
        });
    }

    [Test]
    public void WO12_only_an_overdue_receivable_is_deducted_and_never_more_than_is_owed()
    {
        var (_, receivable) = ResolvedOwing300();

        var notYet = Assert.Throws<BusinessRuleViolationException>(() =>
            receivable.RecordDeduction(300.00m, new DateOnly(2026, 12, 1), OpenedOn.AddDays(40), OverdueDays, "finance.user", Clock));
        receivable.RecordDeduction(250.00m, new DateOnly(2027, 1, 1), OpenedOn.AddDays(41), OverdueDays, "finance.user", Clock);
        var tooMuch = Assert.Throws<BusinessRuleViolationException>(() =>
            receivable.RecordDeduction(50.01m, new DateOnly(2027, 1, 1), OpenedOn.AddDays(41), OverdueDays, "finance.user", Clock));

        Assert.Multiple(() =>
        {
            Assert.That(notYet!.RuleId, Is.EqualTo("WO-12"), "day 40 is not yet overdue");
            Assert.That(tooMuch!.RuleId, Is.EqualTo("WO-12"), "250.00 + 50.01 = 300.01, over the 300.00 owed");
            Assert.That(receivable.Deducted, Is.EqualTo(250.00m));
        });
    }

    [Test]
    public void WO12_a_settled_receivable_takes_no_deduction()
    {
        var (_, receivable) = ResolvedOwing300();
        receivable.ApplyPayment(300.00m, OpenedOn.AddDays(45), Calendar, ReleaseWorkingDays, Clock);

        Assert.Throws<BusinessRuleViolationException>(() =>
            receivable.RecordDeduction(300.00m, new DateOnly(2027, 1, 1), OpenedOn.AddDays(50), OverdueDays, "finance.user", Clock));
        Assert.That(receivable.ReleaseBy, Is.Null);
    }

    [Test]
    public void WO12_unpaid_it_is_not_overdue_on_day_40_and_overdue_on_day_41()
    {
        var (_, receivable) = ResolvedOwing300();
        var day40 = OpenedOn.AddDays(40);
        var day41 = OpenedOn.AddDays(41);

        Assert.Multiple(() =>
        {
            Assert.That(day40, Is.EqualTo(new DateOnly(2026, 12, 26)));
            Assert.That(receivable.IsOverdueOn(day40, OverdueDays), Is.False);
            Assert.That(receivable.DeductionMonth(day40, OverdueDays), Is.Null);
            Assert.That(receivable.IsOverdueOn(day41, OverdueDays), Is.True);
            Assert.That(receivable.DeductionMonth(day41, OverdueDays), Is.EqualTo(new DateOnly(2027, 1, 1)), "the month after it became overdue");
        });
    }

    [Test]
    public void WO12_the_list_filters_say_the_same_as_the_receivable()
    {
        var (_, receivable) = ResolvedOwing300();

        foreach (var today in new[] { OpenedOn, OpenedOn.AddDays(40), OpenedOn.AddDays(41), OpenedOn.AddDays(90) })
        {
            var overdue = ReceivableRules.OverdueOn(today, OverdueDays).Compile()(receivable);
            var notOverdue = ReceivableRules.NotOverdueOn(today, OverdueDays).Compile()(receivable);
            Assert.That(overdue, Is.EqualTo(receivable.IsOverdueOn(today, OverdueDays)), $"{today}");
            Assert.That(notOverdue, Is.EqualTo(!overdue), $"{today}");
        }
    }

    [Test]
    public void WO12_payments_reduce_it_and_the_last_one_settles_a_deducted_one_with_release_two_working_days_later()
    {
        var (_, receivable) = ResolvedOwing300();
        Deducted(receivable, 300.00m);
        var friday = new DateOnly(2027, 1, 8);

        receivable.ApplyPayment(100.00m, friday, Calendar, ReleaseWorkingDays, Clock);

        Assert.That(receivable.Outstanding, Is.EqualTo(200.00m));
        Assert.That(receivable.IsSettled, Is.False);

        receivable.ApplyPayment(200.00m, friday, Calendar, ReleaseWorkingDays, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(receivable.Outstanding, Is.EqualTo(0.00m));
            Assert.That(receivable.Amount, Is.EqualTo(300.00m));
            Assert.That(receivable.SettledOn, Is.EqualTo(friday));
            Assert.That(receivable.ReleaseBy, Is.EqualTo(new DateOnly(2027, 1, 12)), "Friday 8 January 2027 + 2 working days = Tuesday 12 January");
            Assert.That(receivable.DomainEvents.OfType<ReceivableSettled>().Single().ReleaseBy, Is.EqualTo(new DateOnly(2027, 1, 12)));
            Assert.That(receivable.DomainEvents.OfType<ReceivableSettled>().Single().Released, Is.EqualTo(300.00m), "the whole 300.00 deducted is given back");
        });
    }

    [Test]
    public void WO12_release_counts_working_days_past_holidays()
    {
        var (_, receivable) = ResolvedOwing300();
        var holidayMonday = WorkingCalendar.Standard(Calendar.TimeZone, [new DateOnly(2026, 11, 23)], []);
        Deducted(receivable, 300.00m);

        receivable.ApplyPayment(300.00m, new DateOnly(2026, 11, 20), holidayMonday, ReleaseWorkingDays, Clock);

        Assert.That(receivable.ReleaseBy, Is.EqualTo(new DateOnly(2026, 11, 25)));
    }

    [Test]
    public void WO7_a_receivable_settled_before_the_national_day_week_is_released_after_it()
    {
        // Settled on Wednesday 30 September 2026; 1..7 October are holidays, so the 2 working days are Thursday 8 and
        // Friday 9 October (weekdays alone would have said Friday 2 October).
        var (_, receivable) = ResolvedOwing300();
        Deducted(receivable, 300.00m);

        receivable.ApplyPayment(300.00m, new DateOnly(2026, 9, 30), StateCouncil2026.Calendar, ReleaseWorkingDays, Clock);

        Assert.That(receivable.ReleaseBy, Is.EqualTo(new DateOnly(2026, 10, 9)));
    }

    [Test]
    public void WO12_paid_after_becoming_overdue_it_is_no_longer_overdue_but_keeps_its_deduction_month()
    {
        var (_, receivable) = ResolvedOwing300();
        var day45 = OpenedOn.AddDays(45);

        receivable.ApplyPayment(300.00m, day45, Calendar, ReleaseWorkingDays, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(receivable.IsOverdueOn(day45, OverdueDays), Is.False);
            Assert.That(receivable.DeductionMonth(day45.AddDays(30), OverdueDays), Is.EqualTo(new DateOnly(2027, 1, 1)));
        });
    }

    [Test]
    public void WO12_paid_in_time_it_is_never_deducted()
    {
        var (_, receivable) = ResolvedOwing300();

        receivable.ApplyPayment(300.00m, OpenedOn.AddDays(40), Calendar, ReleaseWorkingDays, Clock);

        Assert.That(receivable.DeductionMonth(OpenedOn.AddDays(100), OverdueDays), Is.Null);
    }

    [Test]
    public void WO12_a_settled_receivable_takes_no_more_payments()
    {
        var (_, receivable) = ResolvedOwing300();
        receivable.ApplyPayment(300.00m, OpenedOn, Calendar, ReleaseWorkingDays, Clock);

        Assert.Throws<BusinessRuleViolationException>(() => receivable.ApplyPayment(1.00m, OpenedOn, Calendar, ReleaseWorkingDays, Clock));
    }

    [Test]
    public void WO12_resolved_again_after_rework_it_owes_the_order_balance_now()
    {
        var (order, receivable) = ResolvedOwing300();
        Clock.SetUtcNow(WorkOrderScenario.FollowedUpAt);
        order.RecordFollowUp(false, new Survey(2, 2, 2, 2), "still vibrates", WorkOrderScenario.Dispatcher, WorkOrderScenario.Sla, Clock);
        order.RecordContact(null, "call back", Clock);
        order.StartWork(Clock);
        order.RequestAndIssue(Clock, quantity: 1, unitPrice: 80.00m);
        order.Resolve("Bearing replaced", null, WorkOrderScenario.Sla, Clock);

        receivable.Reassess(order, Calendar, ReleaseWorkingDays, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(receivable.Amount, Is.EqualTo(380.00m));
            Assert.That(receivable.Outstanding, Is.EqualTo(380.00m));
            Assert.That(receivable.OpenedOn, Is.EqualTo(OpenedOn), "the overdue period still counts from the first resolution");
        });
    }
}
