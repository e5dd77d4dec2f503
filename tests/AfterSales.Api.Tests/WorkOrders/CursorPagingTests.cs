using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

public sealed class CursorPagingTests : WorkOrderTest
{
    [Test]
    public async Task X4_cursor_pages_walk_the_list_newest_first_without_counting()
    {
        var registered = new List<Guid>();
        for (var hour = 1; hour <= 5; hour++)
        {
            registered.Add((await Register(receivedAt: Shanghai(2026, 11, 16, hour).ToString("O", System.Globalization.CultureInfo.InvariantCulture)))["id"]!.GetValue<Guid>());
        }

        var manager = await As(Roles.Manager);
        var first = await (await manager.GetAsync("/api/v1/work-orders?status=Registered&pageSize=2&cursor=")).ShouldBe(HttpStatusCode.OK);
        var second = await (await manager.GetAsync($"/api/v1/work-orders?status=Registered&pageSize=2&cursor={first["nextCursor"]}")).ShouldBe(HttpStatusCode.OK);
        var last = await (await manager.GetAsync($"/api/v1/work-orders?status=Registered&pageSize=2&cursor={second["nextCursor"]}")).ShouldBe(HttpStatusCode.OK);

        var walked = new[] { first, second, last }.SelectMany(page => page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>()));
        Assert.Multiple(() =>
        {
            Assert.That(walked, Is.EqualTo(Enumerable.Reverse(registered)));
            Assert.That(first["totalCount"], Is.Null, "a cursor page counts nothing");
            Assert.That(first["page"], Is.Null);
            Assert.That(last["nextCursor"], Is.Null, "the last page says so");
        });
    }

    [Test]
    public async Task X4_lists_filter_by_technician_and_received_time_and_number_their_pages()
    {
        var registered = new List<Guid>();
        for (var day = 10; day <= 14; day++)
        {
            registered.Add((await Register(receivedAt: Iso(Shanghai(2026, 11, day, 9))))["id"]!.GetValue<Guid>());
        }

        var manager = await As(Roles.Manager);
        (await manager.PostAsJsonAsync($"/api/v1/work-orders/{registered[2]}/assign", new { technicianId = TechnicianId })).EnsureSuccessStatusCode();

        var assigned = await (await manager.GetAsync($"/api/v1/work-orders?technicianId={TechnicianId}")).ShouldBe(HttpStatusCode.OK);
        var window = await (await manager.GetAsync(
            $"/api/v1/work-orders?from={Uri.EscapeDataString(Iso(Shanghai(2026, 11, 11, 0)))}&to={Uri.EscapeDataString(Iso(Shanghai(2026, 11, 13, 0)))}")).ShouldBe(HttpStatusCode.OK);
        var secondPage = await (await manager.GetAsync("/api/v1/work-orders?pageSize=2&page=2")).ShouldBe(HttpStatusCode.OK);
        var registeredOnly = await (await manager.GetAsync("/api/v1/work-orders?status=Registered&pageSize=2&page=2")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(Ids(assigned), Is.EqualTo(new[] { registered[2] }));
            Assert.That(assigned["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(Ids(window), Is.EqualTo(new[] { registered[2], registered[1] }), "from is inclusive, to exclusive; newest first");
            Assert.That(Ids(secondPage), Is.EqualTo(new[] { registered[2], registered[1] }), "14 and 13 on page 1; 12 and 11 on page 2");
            Assert.That(secondPage["totalCount"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(secondPage["page"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(Ids(registeredOnly), Is.EqualTo(new[] { registered[1], registered[0] }), "the assigned order is no longer Registered");
            Assert.That(registeredOnly["totalCount"]!.GetValue<int>(), Is.EqualTo(4));
        });
    }

    [Test]
    public async Task A_cursor_the_list_did_not_give_out_is_400()
    {
        var manager = await As(Roles.Manager);

        var response = await manager.GetAsync("/api/v1/work-orders?cursor=not-a-cursor!");

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["cursor"], Is.Not.Null);
    }

    private static IEnumerable<Guid> Ids(JsonNode page) => page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>());

    private static string Iso(DateTimeOffset instant) => instant.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
