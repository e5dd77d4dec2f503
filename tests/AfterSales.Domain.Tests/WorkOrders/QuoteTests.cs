using AfterSales.Domain.Common;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.QuoteScenario;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.WorkOrders;

public sealed class QuoteTests
{
    private readonly WorkOrderScenario scenario = new();

    private TestClock Clock => scenario.Clock;

    [Test]
    public void WO12_a_labour_line_is_hours_at_the_rate_rounded_to_the_fen_half_away_from_zero()
    {
        // 1.25 h × 99.98 = 124.975 → 124.98
        Assert.That(Labour(99.98m, hours: 1.25m).Amount, Is.EqualTo(124.98m));
    }

    [TestCase(0)]
    [TestCase(0.1)]
    [TestCase(100.25)]
    public void WO12_labour_is_quoted_in_quarter_hours(decimal hours)
    {
        Assert.Throws<InvalidInputException>(() => Labour(120m, hours));
    }

    [Test]
    public void PR1_a_price_other_than_the_list_needs_a_reason()
    {
        Assert.That(RuleOf(() => QuoteLine.Part("P-100", "Spindle bearing", 1, 180.00m, unitPrice: 150.00m)), Is.EqualTo("PR-1"));

        var line = QuoteLine.Part("P-100", "Spindle bearing", 2, 180.00m, unitPrice: 150.00m, priceReason: "price agreed in the service contract");

        Assert.Multiple(() =>
        {
            Assert.That(line.ListPrice, Is.EqualTo(180.00m));
            Assert.That(line.UnitPrice, Is.EqualTo(150.00m));
            Assert.That(line.Amount, Is.EqualTo(300.00m), "2 × 150.00");
            Assert.That(line.PriceReason, Is.EqualTo("price agreed in the service contract"));
        });
    }

    [Test]
    public void WO12_ten_percent_of_1234_50_is_within_the_limit()
    {
        var order = scenario.Scheduled(ResolutionMethod.PhoneGuidance, ServiceType.Paid);

        // 1,234.50 × 10 / 100 = 123.45; 1,234.50 − 123.45 = 1,111.05
        var quote = order.Proposed(Clock, 10m, Allowance(), Labour(1234.50m));
        order.Accept(quote, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(quote.DiscountNeedsApproval, Is.False);
            Assert.That(quote.Discount, Is.EqualTo(123.45m));
            Assert.That(quote.Total, Is.EqualTo(1111.05m));
            Assert.That(order.Fee, Is.EqualTo(1111.05m));
        });
    }

    [Test]
    public void WO12_a_discount_over_ten_percent_waits_for_the_Managers_approval()
    {
        var order = scenario.Scheduled(ResolutionMethod.PhoneGuidance, ServiceType.Paid);

        // 1,234.50 × 10.01 / 100 = 123.57345 → 123.57
        var quote = order.Proposed(Clock, 10.01m, Allowance(), Labour(1234.50m));

        Assert.That(quote.DiscountNeedsApproval, Is.True);
        Assert.That(RuleOf(() => order.Accept(quote, Clock)), Is.EqualTo("WO-12"));
        Assert.That(order.Quote, Is.Null);

        order.ApproveQuoteDiscount(quote.Number, "manager.wang", Clock);
        order.Accept(quote, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(quote.Discount, Is.EqualTo(123.57m));
            Assert.That(order.Fee, Is.EqualTo(1110.93m), "1,234.50 − 123.57");
            Assert.That(quote.DiscountApprovedBy, Is.EqualTo("manager.wang"));
        });
    }

    [Test]
    public void WO12_the_sixth_discount_of_the_week_waits_for_the_Managers_approval()
    {
        var order = scenario.Scheduled(ResolutionMethod.PhoneGuidance, ServiceType.Paid);

        var sixth = order.Proposed(Clock, 5m, Allowance(givenThisWeek: 5), Labour(200m));

        Assert.That(sixth.DiscountNeedsApproval, Is.True);
        Assert.That(RuleOf(() => order.Accept(sixth, Clock, Allowance(givenThisWeek: 5))), Is.EqualTo("WO-12"));
    }

    [Test]
    public void WO12_a_discount_that_became_the_sixth_by_acceptance_waits_for_approval_too()
    {
        var order = scenario.Scheduled(ResolutionMethod.PhoneGuidance, ServiceType.Paid);
        var quote = order.Proposed(Clock, 5m, Allowance(givenThisWeek: 4), Labour(200m));

        Assert.That(RuleOf(() => order.Accept(quote, Clock, Allowance(givenThisWeek: 5))), Is.EqualTo("WO-12"));

        order.ApproveQuoteDiscount(quote.Number, "manager.wang", Clock);
        order.Accept(quote, Clock, Allowance(givenThisWeek: 5));

        Assert.That(order.Fee, Is.EqualTo(190.00m), "200.00 − 5 % (10.00)");
    }

    [TestCase("2026-03-02", "2026-03-02")]
    [TestCase("2026-03-08", "2026-03-02")]
    [TestCase("2026-03-09", "2026-03-09")]
    public void WO12_discounts_are_counted_by_ISO_week_from_Monday(string day, string monday)
    {
        Assert.That(DiscountAllowance.WeekStart(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void WO12_an_amended_quote_replaces_the_accepted_one_only_when_accepted()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid, labour: 300.00m);
        var first = order.Quote!;

        var amended = order.Proposed(Clock, 0m, Allowance(), Labour(300.00m), Spindles(12));

        Assert.Multiple(() =>
        {
            Assert.That(order.Quote, Is.SameAs(first));
            Assert.That(amended.Number, Is.EqualTo(2));
            Assert.That(amended.Status, Is.EqualTo(QuoteStatus.Proposed));
        });

        order.Accept(amended, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Quote, Is.SameAs(amended));
            Assert.That(first.Status, Is.EqualTo(QuoteStatus.Superseded));
            Assert.That(order.Quotes.Select(quote => quote.Number), Is.EqualTo(new[] { 1, 2 }));
        });
    }

    [Test]
    public void WO12_a_new_proposal_withdraws_the_one_still_waiting()
    {
        var order = scenario.Scheduled(ResolutionMethod.PhoneGuidance, ServiceType.Paid);
        var first = order.Proposed(Clock, 0m, Allowance(), Labour(300.00m));

        order.Proposed(Clock, 0m, Allowance(), Labour(280.00m));

        Assert.That(first.Status, Is.EqualTo(QuoteStatus.Withdrawn));
        Assert.That(RuleOf(() => order.Accept(first, Clock)), Is.EqualTo("WO-12"));
    }

    [Test]
    public void WO11_a_chargeable_part_is_billed_only_as_far_as_the_accepted_quote_covers_it()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid, labour: 300.00m);
        order.Proposed(Clock, 0m, Allowance(), Labour(300.00m), Spindles(2));
        order.Accept(order.Quotes.Last(), Clock);

        order.RequestAndIssue(Clock, quantity: 2, unitPrice: 180.00m);
        Clock.Advance(TimeSpan.FromMinutes(5));
        order.RequestAndIssue(Clock, quantity: 1, unitPrice: 180.00m);

        Assert.Multiple(() =>
        {
            // 300.00 + 2 × 180.00 = 660.00; the third spindle is not covered, so not billed.
            Assert.That(order.Fee, Is.EqualTo(660.00m));
            Assert.That(order.PartCoverage.Uncovered.Single().Quantity, Is.EqualTo(1));
        });
    }

    [Test]
    public void WO11_customer_caused_parts_on_a_warranty_order_are_billed_only_under_an_accepted_quote()
    {
        var order = scenario.WorkedByPhone(ServiceType.Warranty);
        order.RequestAndIssue(Clock, quantity: 2, unitPrice: 180.00m, customerCaused: true);

        Assert.That(order.Fee, Is.EqualTo(0.00m), "no quote accepted: not billed");
        Assert.That(RuleOf(() => order.Resolve("Replaced the spindle", null, Sla, Clock)), Is.EqualTo("WO-11"));

        order.QuoteAccepted(Clock, Spindles(2));
        order.Resolve("Replaced the spindle", null, Sla, Clock);

        Assert.That(order.Fee, Is.EqualTo(360.00m), "2 × 180.00");
    }

    [Test]
    public void WO11_extra_chargeable_parts_need_an_amended_quote_before_resolution()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid, labour: 300.00m);
        order.RequestAndIssue(Clock, quantity: MoneyScenario.QuotedSpindles);
        Clock.Advance(TimeSpan.FromMinutes(5));
        order.RequestAndIssue(Clock, quantity: 1);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => order.Resolve("Done", null, Sla, Clock))!;

        Assert.That(refusal.Message, Is.EqualTo("WO-11: an amended quote must be accepted for the chargeable parts it does not cover: P-100 × 1"));

        order.QuoteAccepted(Clock, Labour(300.00m), Spindles(MoneyScenario.QuotedSpindles + 1));
        order.Resolve("Done", null, Sla, Clock);

        // 300.00 + 11 × 180.00 = 2,280.00
        Assert.That(order.Fee, Is.EqualTo(2280.00m));
    }

    [Test]
    public void WO12_an_amendment_cannot_bill_less_than_was_paid()
    {
        var order = scenario.WorkedByPhone(ServiceType.Paid, labour: 300.00m);
        order.Pay(Clock, 300.00m);

        var cheaper = order.Proposed(Clock, 0m, Allowance(), Labour(200.00m));

        Assert.That(RuleOf(() => order.Accept(cheaper, Clock)), Is.EqualTo("WO-12"));
        Assert.That(order.Balance, Is.EqualTo(0.00m));
    }
}
