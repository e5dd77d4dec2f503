using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>WO-1 (r2): the list filters by customer, zone, priority, team and number prefix, any combination, on both kinds of page.</summary>
public sealed class ListFilterTests : WorkOrderTest
{
    [Test]
    public async Task WO1_lists_filter_by_customer_zone_priority_team_and_number_prefix()
    {
        var west = IdOf(await HireTechnician("T-0051", "West"));
        var other = await RegisterCustomer(new
        {
            name = "Ningbo Moulds",
            phone = "0574-88880001",
            address = "9 Harbour Rd",
            zone = "Remote",
            equipment = new[] { Machine("PRESS-200", "SN-9", "2025-06-01", "2027-06-01") },
        });
        // Received a minute apart, so newest first is the reverse of this order.
        var eastUrbanNormal = await Registered(priority: "Normal", zone: "Urban", technicianId: TechnicianId);
        var westRemoteUrgent = await Registered(priority: "Urgent", zone: "Remote", technicianId: west);
        var otherCustomers = await Registered(priority: "Urgent", zone: "Remote", customer: other);
        var eastRemoteUrgent = await Registered(priority: "Urgent", zone: "Remote", technicianId: TechnicianId);
        var eastRemoteNormal = await Registered(priority: "Normal", zone: "Remote", technicianId: TechnicianId);
        JsonNode[] all = [eastUrbanNormal, westRemoteUrgent, otherCustomers, eastRemoteUrgent, eastRemoteNormal];
        var number = westRemoteUrgent["number"]!.GetValue<string>();
        // The number less its last digit, which the orders registered just before or after it share.
        var shared = number[..^1];

        var expected = new Dictionary<string, JsonNode[]>
        {
            [$"customerId={Customer["id"]}"] = [eastRemoteNormal, eastRemoteUrgent, westRemoteUrgent, eastUrbanNormal],
            ["zone=Remote"] = [eastRemoteNormal, eastRemoteUrgent, otherCustomers, westRemoteUrgent],
            ["priority=Urgent"] = [eastRemoteUrgent, otherCustomers, westRemoteUrgent],
            ["zone=Remote&priority=Urgent"] = [eastRemoteUrgent, otherCustomers, westRemoteUrgent],
            [$"zone=Remote&priority=Urgent&customerId={Customer["id"]}"] = [eastRemoteUrgent, westRemoteUrgent],
            ["team=East"] = [eastRemoteNormal, eastRemoteUrgent, eastUrbanNormal],
            ["team=East&zone=Remote&priority=Normal"] = [eastRemoteNormal],
            ["team=West&priority=Normal"] = [],
            [$"numberPrefix={Uri.EscapeDataString("  " + number.ToLowerInvariant() + " ")}"] = [westRemoteUrgent],
            [$"numberPrefix={shared}"] = [.. Enumerable.Reverse(all).Where(order => order["number"]!.GetValue<string>().StartsWith(shared, StringComparison.Ordinal))],
            [$"numberPrefix={shared}&priority=Urgent&team=East"] = [eastRemoteUrgent],
            ["numberPrefix=WO-1999"] = [],
            [$"status=Assigned&zone=Remote&customerId={Customer["id"]}"] = [eastRemoteNormal, eastRemoteUrgent, westRemoteUrgent],
        };
        var manager = await As(Roles.Manager);

        foreach (var (filter, orders) in expected)
        {
            var numbered = await (await manager.GetAsync($"/api/v1/work-orders?{filter}&pageSize=100")).ShouldBe(HttpStatusCode.OK);
            Assert.That(Numbers(numbered), Is.EqualTo(orders.Select(order => order["number"]!.GetValue<string>())), filter);
            Assert.That(numbered["totalCount"]!.GetValue<int>(), Is.EqualTo(orders.Length), filter);
            Assert.That(await CursorPagesAsync(manager, filter), Is.EqualTo(orders.Select(order => order["number"]!.GetValue<string>())), $"{filter}, two rows a page by cursor");
        }

        Assert.That(expected[$"numberPrefix={shared}"], Has.Length.GreaterThanOrEqualTo(2), "the shared prefix matches more than one order");
    }

    [Test]
    public async Task WO1_a_team_filter_never_widens_what_a_team_lead_sees()
    {
        var west = IdOf(await HireTechnician("T-0051", "West"));
        await Registered(priority: "Urgent", zone: "Remote", technicianId: west);
        var eastLead = await AsLeadOf("East");

        var listed = await (await eastLead.GetAsync("/api/v1/work-orders?team=West")).ShouldBe(HttpStatusCode.OK);

        Assert.That(listed["items"]!.AsArray(), Is.Empty);
    }

    [TestCase("numberPrefix=WO%25")]
    [TestCase("numberPrefix=WO_2026")]
    [TestCase("numberPrefix=WO-2026-000000000000000")]
    [TestCase("zone=Downtown")]
    [TestCase("priority=Whenever")]
    [TestCase("customerId=not-a-guid")]
    public async Task WO1_a_filter_that_is_not_one_is_bad_input(string filter)
    {
        var manager = await As(Roles.Manager);

        await (await manager.GetAsync($"/api/v1/work-orders?{filter}")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    private async Task<JsonNode> Registered(string priority, string zone, Guid? technicianId = null, JsonNode? customer = null)
    {
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        customer ??= Customer;
        var dispatcher = await As(Roles.Dispatcher);
        var order = await (await dispatcher.PostAsJsonAsync("/api/v1/work-orders", new
        {
            customerId = customer["id"]!.GetValue<Guid>(),
            equipmentId = customer["equipment"]![0]!["id"]!.GetValue<Guid>(),
            problemDescription = "Hydraulic pressure drops",
            zone,
            priority,
            channel = "Phone",
        })).ShouldBe(HttpStatusCode.Created);
        return technicianId is { } assignee ? await Do(order, "assign", new { technicianId = assignee }, Roles.Dispatcher) : order;
    }

    private static async Task<List<string>> CursorPagesAsync(HttpClient client, string filter)
    {
        List<string> numbers = [];
        var cursor = "";
        do
        {
            var page = await (await client.GetAsync($"/api/v1/work-orders?{filter}&pageSize=2&cursor={Uri.EscapeDataString(cursor)}")).ShouldBe(HttpStatusCode.OK);
            numbers.AddRange(Numbers(page));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return numbers;
    }

    private static IEnumerable<string> Numbers(JsonNode page) => page["items"]!.AsArray().Select(item => item!["number"]!.GetValue<string>());

    private static Guid IdOf(JsonNode node) => node["id"]!.GetValue<Guid>();
}
