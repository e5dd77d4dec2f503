using AfterSales.Domain.Common;
using AfterSales.Domain.PartsReplacements;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.Shipping;
using AfterSales.Domain.Tests.Scheduling;
using AfterSales.Domain.Tests.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.PartsReplacements;

/// <summary>PS-1 and PR-3 on the default [PartsShipping] numbers (respond in 24 h, ship in 48 h) and the 2026 holidays.</summary>
public sealed class PartsReplacementTests
{
    private static readonly PartsShippingPolicy Policy = new(TimeSpan.FromHours(24), TimeSpan.FromHours(48), StateCouncil2026.Calendar);

    private readonly WorkOrderScenario scenario = new();

    private TestClock Clock => scenario.Clock;

    [Test]
    public void PS1_a_request_on_friday_is_answered_by_saturday_and_shipped_by_sunday()
    {
        Clock.SetUtcNow(At(3, 13, 10));

        var request = Request();

        // Weekends count: Friday 03-13 10:00 + 24 h = Saturday 03-14 10:00; + 48 h = Sunday 03-15 10:00.
        Assert.Multiple(() =>
        {
            Assert.That(request.Response.Deadline, Is.EqualTo(At(3, 14, 10)));
            Assert.That(request.Shipping.Deadline, Is.EqualTo(At(3, 15, 10)));
            Assert.That(request.NextClockDeadline, Is.EqualTo(At(3, 14, 10)));
            Assert.That(request.Status, Is.EqualTo(ReplacementStatus.Open));
        });
    }

    [Test]
    public void PS1_national_day_does_not_count_on_the_clocks()
    {
        Clock.SetUtcNow(At(9, 30, 10));

        var request = Request();

        // 14 h on Wednesday 09-30; 10-01..10-07 are holidays; respond: 10 h into Thursday 10-08 → 10:00;
        // ship: 14 + 24 (10-08) + 10 → Friday 10-09 10:00.
        Assert.Multiple(() =>
        {
            Assert.That(request.Response.Deadline, Is.EqualTo(At(10, 8, 10)));
            Assert.That(request.Shipping.Deadline, Is.EqualTo(At(10, 9, 10)));
        });
    }

    [Test]
    public void PS1_responding_and_shipping_in_time_meet_both_clocks()
    {
        Clock.SetUtcNow(At(3, 13, 10));
        var request = Request();

        Clock.SetUtcNow(At(3, 13, 15));
        request.Respond("Zhao Lei", "Ships tomorrow by SF Express.", Clock);
        Clock.SetUtcNow(At(3, 14, 11));
        var shipment = request.Ship("SF Express", "SF1234567890", new DateOnly(2026, 3, 14), "store.wu", Policy, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(request.Response.State, Is.EqualTo(SlaState.Met));
            Assert.That(request.Shipping.State, Is.EqualTo(SlaState.Met));
            Assert.That(request.Status, Is.EqualTo(ReplacementStatus.Shipped));
            Assert.That(request.NextClockDeadline, Is.Null);
            Assert.That(request.ShipmentId, Is.EqualTo(shipment.Id));
            Assert.That(shipment.ShippedFor, Is.EqualTo(ShipmentFor.PartsReplacement));
            Assert.That(shipment.ShippedForNumber, Is.EqualTo(request.Number));
            Assert.That(request.DomainEvents.OfType<PartsReplacementClockBreached>(), Is.Empty);
        });
    }

    [Test]
    public void PS1_a_response_after_24_hours_breaches_once()
    {
        Clock.SetUtcNow(At(3, 13, 10));
        var request = Request();

        // Swept at Saturday 10:01, one minute past the response deadline (Saturday 10:00); a second sweep records nothing new.
        request.DetectBreaches(At(3, 14, 10, 1));
        request.DetectBreaches(At(3, 14, 10, 2));
        Clock.SetUtcNow(At(3, 14, 12));
        request.Respond("Zhao Lei", "Ships today.", Clock);

        var breaches = request.DomainEvents.OfType<PartsReplacementClockBreached>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(breaches.Select(breach => breach.Clock), Is.EqualTo(new[] { SlaClockName.ReplacementResponse }));
            Assert.That(request.Response.State, Is.EqualTo(SlaState.Breached));
            Assert.That(request.WorstClockState, Is.EqualTo(SlaState.Breached));
            Assert.That(request.Shipping.State, Is.EqualTo(SlaState.Pending));
        });
    }

    [Test]
    public void PS1_a_shipment_after_48_hours_breaches_the_ship_clock()
    {
        Clock.SetUtcNow(At(3, 13, 10));
        var request = Request();
        Clock.SetUtcNow(At(3, 13, 11));
        request.Respond("Zhao Lei", "Waiting for stock.", Clock);

        // Shipped Sunday 03-15 10:30, half an hour past Sunday 10:00.
        Clock.SetUtcNow(At(3, 15, 10, 30));
        request.Ship("SF Express", "SF1", new DateOnly(2026, 3, 15), "store.wu", Policy, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(request.Shipping.State, Is.EqualTo(SlaState.Breached));
            Assert.That(request.DomainEvents.OfType<PartsReplacementClockBreached>().Single().Clock, Is.EqualTo(SlaClockName.ReplacementShipment));
        });
    }

    [Test]
    public void PS1_it_cannot_be_shipped_before_someone_responds_nor_twice()
    {
        var request = Request();

        Assert.That(RuleOf(() => request.Ship("SF Express", "SF1", Today, "store.wu", Policy, Clock)), Is.EqualTo("PS-1"));

        request.Respond("Zhao Lei", "Ships today.", Clock);
        request.Ship("SF Express", "SF1", Today, "store.wu", Policy, Clock);
        Assert.Multiple(() =>
        {
            Assert.That(RuleOf(() => request.Ship("SF Express", "SF2", Today, "store.wu", Policy, Clock)), Is.EqualTo("PS-1"));
            Assert.That(RuleOf(() => request.Respond("Zhao Lei", "again", Clock)), Is.EqualTo("PS-1"));
        });
    }

    [Test]
    public void PR3_a_shipment_dated_tomorrow_or_before_the_request_is_refused()
    {
        var request = Request();
        request.Respond("Zhao Lei", "Ships today.", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<InvalidInputException>(() => request.Ship("SF Express", "SF1", Today.AddDays(1), "store.wu", Policy, Clock))!.Field, Is.EqualTo("shippedOn"));
            Assert.That(Assert.Throws<InvalidInputException>(() => request.Ship("SF Express", "SF1", Today.AddDays(-1), "store.wu", Policy, Clock))!.Field, Is.EqualTo("shippedOn"));
        });
    }

    [Test]
    public void PS1_the_equipment_must_be_on_the_customers_card()
    {
        var exception = Assert.Throws<InvalidInputException>(() => Request(Guid.NewGuid()));

        Assert.That(exception!.Field, Is.EqualTo("equipmentId"));
    }

    private DateOnly Today => Policy.Calendar.LocalDate(Clock.Now);

    private PartsReplacementRequest Request(Guid? equipmentId = null) =>
        PartsReplacementRequest.Register(
            "PS-2026-000001",
            scenario.Customer,
            equipmentId ?? scenario.Equipment.Id,
            new RequestedPart("HP-0042", "Hydraulic hose", 2),
            ReplacementReason.Broken,
            "Hose split on delivery.",
            Clock.Now,
            "desk.li",
            Policy,
            Clock);
}
