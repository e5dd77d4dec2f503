using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Api.Tests.WorkOrders;
using AfterSales.Application.Security;
using AfterSales.Infrastructure.WorkOrders;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.PartsReplacements;

/// <summary>
/// PS-1 and PR-3 through HTTP on the default [PartsShipping] numbers (respond in 24 h, ship in 48 h) and the 2026
/// holidays the migration seeds, for <see cref="WorkOrderTest"/>'s customer and machine.
/// </summary>
public sealed class PartsReplacementTests : WorkOrderTest
{
    [Test]
    public async Task PS1_a_request_registered_friday_is_answered_by_saturday_and_shipped_by_sunday_within_its_clock()
    {
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 13, 10));
        var request = await RegisterRequest();

        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 13, 14));
        var responded = await (await (await As(Roles.Warehouse)).PostAsJsonAsync($"/api/v1/parts-replacements/{request["id"]}/respond", new
        {
            responsiblePerson = "Zhao Lei",
            plan = "The hose ships tomorrow morning by SF Express.",
        })).ShouldBe(HttpStatusCode.OK);
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 14, 9));
        var shipment = await (await Ship(request, "SF1234567890", "2026-03-14")).ShouldBe(HttpStatusCode.Created);
        var shipped = await Read(request);

        Assert.Multiple(() =>
        {
            Assert.That(request["number"]!.GetValue<string>(), Does.Match(@"^PS-2026-\d{6}$"));
            // Weekends count: Friday 03-13 10:00 + 24 h = Saturday 03-14 10:00; + 48 h = Sunday 03-15 10:00.
            Assert.That(Instant(request["response"]!["deadline"]), Is.EqualTo(Shanghai(2026, 3, 14, 10)));
            Assert.That(Instant(request["shipping"]!["deadline"]), Is.EqualTo(Shanghai(2026, 3, 15, 10)));
            Assert.That(responded["status"]!.GetValue<string>(), Is.EqualTo("Responded"));
            Assert.That(responded["response"]!["state"]!.GetValue<string>(), Is.EqualTo("Met"), "Friday 14:00, before Saturday 10:00");
            Assert.That(shipment["shippedForNumber"]!.GetValue<string>(), Is.EqualTo(request["number"]!.GetValue<string>()));
            Assert.That(shipment["carrier"]!.GetValue<string>(), Is.EqualTo("SF Express"));
            Assert.That(shipment["bookedOutBy"]!.GetValue<string>(), Is.EqualTo("warehouse.user"));
            Assert.That(shipped["status"]!.GetValue<string>(), Is.EqualTo("Shipped"));
            Assert.That(shipped["shipping"]!["state"]!.GetValue<string>(), Is.EqualTo("Met"), "Saturday 09:00, before Sunday 10:00");
            Assert.That(shipped["shipmentId"]!.GetValue<Guid>(), Is.EqualTo(shipment["id"]!.GetValue<Guid>()));
        });
    }

    [Test]
    public async Task PS1_national_day_in_the_seeded_calendar_does_not_count_on_the_clocks()
    {
        Factory.Clock.SetUtcNow(Shanghai(2026, 9, 30, 10));

        var request = await RegisterRequest();

        // 14 h left of Wednesday 09-30; 10-01..10-07 are the seeded National Day holidays; respond: 10 h into Thursday
        // 10-08 → 10:00; ship: 14 + 24 (all of 10-08) + 10 → Friday 10-09 10:00.
        Assert.Multiple(() =>
        {
            Assert.That(Instant(request["response"]!["deadline"]), Is.EqualTo(Shanghai(2026, 10, 8, 10)));
            Assert.That(Instant(request["shipping"]!["deadline"]), Is.EqualTo(Shanghai(2026, 10, 9, 10)));
        });
    }

    [Test]
    public async Task PS1_the_sweep_breaches_an_unshipped_request_once_and_lists_it()
    {
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 13, 10));
        var late = await RegisterRequest();
        var inTime = await RegisterRequest();
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 13, 11));
        await Respond(late);
        await Respond(inTime);

        // Sunday 03-15 09:00: one hour before both ship deadlines (Sunday 10:00), within the 2 h at-risk window.
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 15, 9));
        var desk = await As(Roles.Dispatcher);
        var atRisk = await (await desk.GetAsync("/api/v1/parts-replacements?slaState=AtRisk")).ShouldBe(HttpStatusCode.OK);
        await (await Ship(inTime, "SF1", "2026-03-15")).ShouldBe(HttpStatusCode.Created);

        // Sunday 10:01, a minute past the ship deadline of the one still waiting.
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 15, 10, 1));
        var overdue = await (await desk.GetAsync("/api/v1/parts-replacements?slaState=Overdue")).ShouldBe(HttpStatusCode.OK);
        var swept = await Factory.Services.GetRequiredService<SlaSweeper>().SweepOnceAsync(CancellationToken.None);
        var sweptAgain = await Factory.Services.GetRequiredService<SlaSweeper>().SweepOnceAsync(CancellationToken.None);
        var breached = await (await desk.GetAsync("/api/v1/parts-replacements?slaState=Breached")).ShouldBe(HttpStatusCode.OK);
        var reread = await Read(late);

        Assert.Multiple(() =>
        {
            Assert.That(Ids(atRisk), Is.EquivalentTo(new[] { IdOf(late), IdOf(inTime) }));
            Assert.That(Ids(overdue), Is.EqualTo(new[] { IdOf(late) }));
            Assert.That(swept, Is.EqualTo(new SlaSweepResult(0, 0, 1)), "the unshipped one");
            Assert.That(sweptAgain, Is.EqualTo(SlaSweepResult.None), "WO-8: recorded once");
            Assert.That(Ids(breached), Is.EqualTo(new[] { IdOf(late) }));
            Assert.That(reread["shipping"]!["state"]!.GetValue<string>(), Is.EqualTo("Breached"));
            Assert.That(reread["response"]!["state"]!.GetValue<string>(), Is.EqualTo("Met"));
        });
    }

    [Test]
    public async Task PS1_a_request_is_not_shipped_before_someone_takes_it()
    {
        var request = await RegisterRequest();

        await (await Ship(request, "SF1", Today())).ShouldBeProblem(HttpStatusCode.Conflict, "PS-1");
    }

    [Test]
    public async Task PR3_a_tracking_number_is_booked_out_once()
    {
        var first = await RegisterRequest();
        var second = await RegisterRequest();
        await Respond(first);
        await Respond(second);
        await (await Ship(first, "SF777", Today())).ShouldBe(HttpStatusCode.Created);

        await (await Ship(second, "SF777", Today())).ShouldBeProblem(HttpStatusCode.Conflict, "PR-3");
    }

    [Test]
    public async Task PR3_only_the_warehouse_books_a_shipment_out()
    {
        var request = await RegisterRequest();
        await Respond(request);

        var byDispatcher = await (await As(Roles.Dispatcher)).PostAsJsonAsync(
            $"/api/v1/parts-replacements/{request["id"]}/shipments",
            new { carrier = "SF Express", trackingNumber = "SF1", shippedOn = Today() });

        Assert.That(byDispatcher.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task PS1_the_equipment_must_be_on_the_customers_card()
    {
        var response = await (await As(Roles.Dispatcher)).PostAsJsonAsync("/api/v1/parts-replacements", Body(Guid.NewGuid()));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    private object Body(Guid equipmentId) => new
    {
        customerId = Customer["id"]!.GetValue<Guid>(),
        equipmentId,
        part = new { partNumber = "HP-0042", name = "Hydraulic hose", quantity = 2 },
        reason = "Broken",
        description = "The hose split on delivery.",
    };

    private async Task<JsonNode> RegisterRequest() =>
        await (await (await As(Roles.Dispatcher)).PostAsJsonAsync("/api/v1/parts-replacements", Body(EquipmentId))).ShouldBe(HttpStatusCode.Created);

    private async Task Respond(JsonNode request) =>
        await (await (await As(Roles.Dispatcher)).PostAsJsonAsync($"/api/v1/parts-replacements/{request["id"]}/respond", new
        {
            responsiblePerson = "Zhao Lei",
            plan = "Ships from the Shanghai store.",
        })).ShouldBe(HttpStatusCode.OK);

    private async Task<HttpResponseMessage> Ship(JsonNode request, string trackingNumber, string shippedOn) =>
        await (await As(Roles.Warehouse)).PostAsJsonAsync($"/api/v1/parts-replacements/{request["id"]}/shipments", new
        {
            carrier = "SF Express",
            trackingNumber,
            shippedOn,
        });

    private async Task<JsonNode> Read(JsonNode request) =>
        await (await (await As(Roles.Dispatcher)).GetAsync($"/api/v1/parts-replacements/{request["id"]}")).ShouldBe(HttpStatusCode.OK);

    private static string Today() =>
        TimeZoneInfo.ConvertTime(Factory.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Guid IdOf(JsonNode node) => node["id"]!.GetValue<Guid>();

    private static Guid[] Ids(JsonNode page) => [.. page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>())];
}
