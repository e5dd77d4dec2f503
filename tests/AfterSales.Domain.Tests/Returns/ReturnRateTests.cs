using AfterSales.Domain.Returns;

namespace AfterSales.Domain.Tests.Returns;

/// <summary>RX-4: returned ÷ delivered × 100, the one division, rounded half away from zero to 2 places.</summary>
public sealed class ReturnRateTests
{
    [Test]
    public void RX4_the_rate_is_returned_over_delivered_in_per_cent_to_2_places()
    {
        Assert.Multiple(() =>
        {
            // 2 ÷ 8 = 0.25 → 25.00 %.
            Assert.That(ReturnRate.Percent(2, 8), Is.EqualTo(25.00m));
            // 1 ÷ 3 = 33.333… → 33.33 %; 2 ÷ 3 = 66.666… → 66.67 %.
            Assert.That(ReturnRate.Percent(1, 3), Is.EqualTo(33.33m));
            Assert.That(ReturnRate.Percent(2, 3), Is.EqualTo(66.67m));
            // 1 ÷ 16 = 6.25 % exactly; 1 ÷ 800 = 0.125 → 0.13 % (half away from zero).
            Assert.That(ReturnRate.Percent(1, 16), Is.EqualTo(6.25m));
            Assert.That(ReturnRate.Percent(1, 800), Is.EqualTo(0.13m));
            Assert.That(ReturnRate.Percent(0, 0), Is.EqualTo(0.00m), "no delivery, no rate");
        });
    }
}
