using AfterSales.Domain.Common;
using AfterSales.Domain.Invoicing;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Tests.WorkOrders;
using AfterSales.Domain.WorkOrders;

namespace AfterSales.Domain.Tests.Invoicing;

/// <summary>WO-12 (r2): invoice requests, due 2 working days after the day of service on the company's calendar.</summary>
public sealed class InvoiceRequestTests
{
    private const int IssueWorkingDays = 2;

    // Monday–Friday, with New Year's Day 2027 (a Friday) a public holiday.
    private static readonly WorkingCalendar Calendar =
        WorkingCalendar.Standard(WorkOrderScenario.Shanghai, [new DateOnly(2027, 1, 1)], []);

    private readonly WorkOrderScenario scenario = new();

    private InvoiceRequest RequestedFor300(out WorkOrder order)
    {
        order = scenario.ResolvedByPhone(ServiceType.Paid, labour: 300.00m);
        var serviceOn = InvoiceRules.ServiceDay(order, Calendar)!.Value;
        return InvoiceRequest.ForWorkOrder(order, "IR-2026-000001", order.Fee, serviceOn, Calendar, IssueWorkingDays, scenario.Clock);
    }

    [Test]
    public void WO12_paid_work_resolved_on_16_november_asks_for_its_fee_of_300_due_two_working_days_later()
    {
        var request = RequestedFor300(out var order);

        Assert.Multiple(() =>
        {
            // Resolved at 17:00 on Monday 16 November in Shanghai; Tuesday 17 (1), Wednesday 18 (2).
            Assert.That(request.ServiceOn, Is.EqualTo(new DateOnly(2026, 11, 16)));
            Assert.That(request.DueOn, Is.EqualTo(new DateOnly(2026, 11, 18)));

            // Labour quoted at 300.00, no parts, no discount: the fee is 300.00.
            Assert.That(request.Amount, Is.EqualTo(300.00m));
            Assert.That(request.Status, Is.EqualTo(InvoiceRequestStatus.Requested));
            Assert.That(request.Source, Is.EqualTo(InvoiceSource.WorkOrder));
            Assert.That(request.SourceId, Is.EqualTo(order.Id));
            Assert.That(request.SourceNumber, Is.EqualTo(WorkOrderScenario.Number));
            Assert.That(request.CustomerId, Is.EqualTo(order.CustomerId));
            Assert.That(request.DomainEvents.OfType<InvoiceRequested>().Single().DueOn, Is.EqualTo(new DateOnly(2026, 11, 18)));
        });
    }

    [Test]
    public void WO12_the_due_day_skips_the_weekend_thursday_7_january_is_due_monday_11_january()
    {
        // Friday 8 (1), Saturday and Sunday not worked, Monday 11 (2).
        Assert.That(InvoiceRules.DueOn(new DateOnly(2027, 1, 7), Calendar, IssueWorkingDays), Is.EqualTo(new DateOnly(2027, 1, 11)));
    }

    [Test]
    public void WO12_the_due_day_skips_a_public_holiday_of_the_calendar()
    {
        // Wednesday 30 December: Thursday 31 (1), Friday 1 January a holiday, the weekend, Monday 4 January (2).
        Assert.That(InvoiceRules.DueOn(new DateOnly(2026, 12, 30), Calendar, IssueWorkingDays), Is.EqualTo(new DateOnly(2027, 1, 4)));

        // The same day without the holiday would be due Friday 1 January.
        var noHoliday = WorkingCalendar.Standard(WorkOrderScenario.Shanghai, [], []);
        Assert.That(InvoiceRules.DueOn(new DateOnly(2026, 12, 30), noHoliday, IssueWorkingDays), Is.EqualTo(new DateOnly(2027, 1, 1)));
    }

    [Test]
    public void WO12_a_request_is_late_the_day_after_its_due_day_not_on_it()
    {
        var request = RequestedFor300(out _);

        Assert.Multiple(() =>
        {
            Assert.That(request.IsLateOn(new DateOnly(2026, 11, 18)), Is.False, "the due day itself");
            Assert.That(request.IsLateOn(new DateOnly(2026, 11, 19)), Is.True, "the day after");
        });
    }

    [Test]
    public void WO12_finance_issues_a_request_with_its_invoice_number_and_it_is_no_longer_late()
    {
        var request = RequestedFor300(out _);

        request.Issue("fp-00012345", new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 20), "finance.user", scenario.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(request.Status, Is.EqualTo(InvoiceRequestStatus.Issued));
            Assert.That(request.InvoiceNumber, Is.EqualTo("FP-00012345"));
            Assert.That(request.IssuedOn, Is.EqualTo(new DateOnly(2026, 11, 17)));
            Assert.That(request.IssuedBy, Is.EqualTo("finance.user"));
            Assert.That(request.IsLateOn(new DateOnly(2026, 11, 20)), Is.False);
            Assert.That(request.DomainEvents.OfType<InvoiceIssued>().Single().InvoiceNumber, Is.EqualTo("FP-00012345"));
        });
    }

    [Test]
    public void WO12_an_issued_request_is_not_issued_again()
    {
        var request = RequestedFor300(out _);
        request.Issue("FP-1", new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 17), "finance.user", scenario.Clock);

        var again = Assert.Throws<BusinessRuleViolationException>(() =>
            request.Issue("FP-2", new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 17), "finance.user", scenario.Clock))!;

        Assert.That(again.RuleId, Is.EqualTo("WO-12"));
        Assert.That(again.Message, Does.Contain("while it is Issued"));
    }

    [Test]
    public void WO12_an_invoice_is_not_issued_in_the_future_nor_before_the_day_of_service()
    {
        var request = RequestedFor300(out _);

        var future = Assert.Throws<InvalidInputException>(() =>
            request.Issue("FP-1", new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 17), "finance.user", scenario.Clock))!;
        var early = Assert.Throws<BusinessRuleViolationException>(() =>
            request.Issue("FP-1", new DateOnly(2026, 11, 15), new DateOnly(2026, 11, 17), "finance.user", scenario.Clock))!;

        Assert.Multiple(() =>
        {
            Assert.That(future.Field, Is.EqualTo("issuedOn"));
            Assert.That(early.RuleId, Is.EqualTo("WO-12"));
            Assert.That(request.Status, Is.EqualTo(InvoiceRequestStatus.Requested));
        });
    }

    [Test]
    public void WO12_a_request_still_waiting_follows_the_fee_and_is_cancelled_when_nothing_is_left()
    {
        var request = RequestedFor300(out _);

        request.Reassess(420.00m, scenario.Clock);
        var raised = request.Amount;
        request.Reassess(0.00m, scenario.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(raised, Is.EqualTo(420.00m));
            Assert.That(request.Status, Is.EqualTo(InvoiceRequestStatus.Cancelled));
            Assert.That(request.DomainEvents.OfType<InvoiceRequestReassessed>().Single().From, Is.EqualTo(300.00m));
        });
    }

    [Test]
    public void WO12_what_is_left_to_invoice_is_the_fee_less_what_was_invoiced_never_below_nothing()
    {
        Assert.Multiple(() =>
        {
            // Fee 420.00 after rework, 300.00 already invoiced: 120.00 left.
            Assert.That(InvoiceRules.StillToInvoice(420.00m, 300.00m), Is.EqualTo(120.00m));

            // Fee down to 250.00 with 300.00 invoiced: nothing more (Finance credits the 50.00 outside the system).
            Assert.That(InvoiceRules.StillToInvoice(250.00m, 300.00m), Is.EqualTo(0.00m));
        });
    }

    [Test]
    public void WO12_a_deposit_held_for_an_old_part_is_not_invoiced()
    {
        var order = scenario.WorkedByPhone(ServiceType.Warranty);

        // A free warranty part, 2 × 180.00, whose old part is still out: 360.00 held, none of it a fee.
        order.RequestAndIssue(scenario.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.DepositsHeld, Is.EqualTo(360.00m));
            Assert.That(order.Fee, Is.EqualTo(0.00m));
            Assert.That(InvoiceRules.StillToInvoice(order.Fee, 0.00m), Is.EqualTo(0.00m));
            Assert.Throws<BusinessRuleViolationException>(() =>
                InvoiceRequest.ForWorkOrder(order, "IR-2026-000002", order.Fee, new DateOnly(2026, 11, 16), Calendar, IssueWorkingDays, scenario.Clock));
        });
    }

    [Test]
    public void WO12_the_age_counts_working_days_after_the_day_of_service()
    {
        Assert.Multiple(() =>
        {
            // Thursday 7 January to Tuesday 12 January 2027: Friday 8, Monday 11, Tuesday 12.
            Assert.That(Calendar.WorkingDaysBetween(new DateOnly(2027, 1, 7), new DateOnly(2027, 1, 12)), Is.EqualTo(3));
            Assert.That(Calendar.WorkingDaysBetween(new DateOnly(2027, 1, 7), new DateOnly(2027, 1, 7)), Is.EqualTo(0));
        });
    }
}
