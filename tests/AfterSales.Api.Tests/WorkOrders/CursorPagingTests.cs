using System.Net;
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
    public async Task A_cursor_the_list_did_not_give_out_is_400()
    {
        var manager = await As(Roles.Manager);

        var response = await manager.GetAsync("/api/v1/work-orders?cursor=not-a-cursor!");

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["cursor"], Is.Not.Null);
    }
}
