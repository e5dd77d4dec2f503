using AfterSales.Domain.Returns;
using static AfterSales.Domain.Returns.ItemCondition;
using static AfterSales.Domain.Returns.ReturnKind;
using static AfterSales.Domain.Returns.ReturnReason;

namespace AfterSales.Domain.Tests.Returns;

/// <summary>RX-1 on the default [Returns] numbers (7 days to return, 15 to exchange), for an item delivered on Monday 2026-03-02.</summary>
public sealed class ReturnEligibilityTests
{
    private static readonly ReturnPolicy Policy = new(7, 15);
    private static readonly DateOnly Delivered = new(2026, 3, 2);

    private static ReturnEligibility Assess(ReturnKind kind, ReturnReason reason, ItemCondition condition, int month, int day) =>
        ReturnEligibility.Assess(kind, reason, condition, Delivered, new DateOnly(2026, month, day), Policy);

    [Test]
    public void RX1_a_return_on_day_7_is_eligible_and_on_day_8_is_not()
    {
        // 03-09 − 03-02 = 7 days: the last day; 03-10 is day 8.
        var lastDay = Assess(Return, ChangedMind, New, 3, 9);
        var dayAfter = Assess(Return, ChangedMind, New, 3, 10);

        Assert.Multiple(() =>
        {
            Assert.That(lastDay.IsEligible, Is.True);
            Assert.That(dayAfter.IsEligible, Is.False);
            Assert.That(dayAfter.Reason, Does.Contain("day 8").And.Contain("7 days"));
        });
    }

    [Test]
    public void RX1_an_exchange_on_day_15_is_eligible_and_on_day_16_is_not()
    {
        // 03-17 − 03-02 = 15 days: the last day; 03-18 is day 16.
        Assert.Multiple(() =>
        {
            Assert.That(Assess(Exchange, QualityFault, Used, 3, 17).IsEligible, Is.True);
            Assert.That(Assess(Exchange, WrongItem, New, 3, 17).IsEligible, Is.True);
            Assert.That(Assess(Exchange, QualityFault, Used, 3, 18).IsEligible, Is.False);
        });
    }

    [Test]
    public void RX1_a_damaged_item_with_a_quality_fault_cannot_be_returned()
    {
        var damaged = Assess(Return, QualityFault, Damaged, 3, 3);

        Assert.Multiple(() =>
        {
            Assert.That(damaged.IsEligible, Is.False);
            Assert.That(damaged.Reason, Does.Contain("damaged"));
            Assert.That(Assess(Return, QualityFault, Used, 3, 3).IsEligible, Is.True, "a used item with a quality fault comes back");
        });
    }

    [Test]
    public void RX1_a_used_item_cannot_be_returned_for_a_change_of_mind()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assess(Return, ChangedMind, Used, 3, 3).IsEligible, Is.False);
            Assert.That(Assess(Return, ChangedMind, OpenedUnused, 3, 3).IsEligible, Is.True, "opened but unused comes back for any reason");
        });
    }

    [Test]
    public void RX1_a_change_of_mind_is_no_reason_to_exchange()
    {
        var exchange = Assess(Exchange, ChangedMind, New, 3, 3);

        Assert.Multiple(() =>
        {
            Assert.That(exchange.IsEligible, Is.False);
            Assert.That(exchange.Reason, Does.Contain("ChangedMind"));
            Assert.That(Assess(Exchange, NotAsDescribed, New, 3, 3).IsEligible, Is.False);
        });
    }
}
