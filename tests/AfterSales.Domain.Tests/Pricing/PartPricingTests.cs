using AfterSales.Domain.Common;
using AfterSales.Domain.Pricing;
using AfterSales.Domain.Tests.WorkOrders;

namespace AfterSales.Domain.Tests.Pricing;

public sealed class PartPricingTests
{
    private static readonly PartPrice Listed =
        PartPrice.Set("P-100", "Spindle bearing", 180.00m, "CNC", hasRecoveryValue: false, new DateOnly(2026, 1, 1), "finance.user", new TestClock(WorkOrderScenario.ReceivedAt));

    [Test]
    public void PR1_a_part_line_without_a_price_takes_the_list_price_and_its_recovery_flag()
    {
        var pricing = PartPricing.Of("P-100", Listed, null, null);

        Assert.That(pricing, Is.EqualTo(new PartPricing(180.00m, 180.00m, null, HasRecoveryValue: false)));
    }

    [Test]
    public void PR1_the_list_price_given_again_needs_no_reason()
    {
        Assert.That(PartPricing.Of("P-100", Listed, 180.00m, null).UnitPrice, Is.EqualTo(180.00m));
    }

    [Test]
    public void PR1_a_different_price_needs_a_reason()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => PartPricing.Of("P-100", Listed, 150.00m, null));

        Assert.That(refusal.Message, Is.EqualTo("PR-1: part P-100 is listed at 180.00; a price of 150.00 needs a reason"));
    }

    [Test]
    public void PR1_a_different_price_with_its_reason_keeps_both_prices_and_the_reason()
    {
        var pricing = PartPricing.Of("P-100", Listed, 150.00m, " loyal customer discount ");

        Assert.That(pricing, Is.EqualTo(new PartPricing(150.00m, 180.00m, "loyal customer discount", HasRecoveryValue: false)));
    }

    [Test]
    public void PR1_a_part_not_on_the_list_needs_its_price_and_counts_as_worth_bringing_back()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => PartPricing.Of("P-999", null, null, null));
        var pricing = PartPricing.Of("P-999", null, 49.00m, null);

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Message, Is.EqualTo("PR-1: part P-999 has no price in force on the price list; give its unit price"));
            Assert.That(pricing, Is.EqualTo(new PartPricing(49.00m, null, null, HasRecoveryValue: true)));
        });
    }
}
