using System.Net;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Api.Tests.WorkOrders;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Mechanisms;

/// <summary>
/// A connection lost during COMMIT leaves the API not knowing whether PostgreSQL committed. The retry that follows
/// must neither lose the command nor apply it twice.
/// </summary>
public sealed class CommitOutcomeTests : WorkOrderTest
{
    [Test]
    public async Task A_registration_committed_before_the_connection_broke_is_not_replayed()
    {
        Factory.CommitFaults.BreakNextCommitAfterItSucceeds();

        var order = await Register();

        var stored = await StoredOrders();
        Assert.That(stored.Select(item => item!["id"]!.GetValue<Guid>()), Is.EqualTo(new[] { order["id"]!.GetValue<Guid>() }));
        Assert.That(stored[0]!["number"]!.GetValue<string>(), Is.EqualTo(order["number"]!.GetValue<string>()));
    }

    [Test]
    public async Task A_registration_whose_commit_never_reached_the_database_is_replayed_once()
    {
        Factory.CommitFaults.BreakNextCommitBeforeItReachesTheDatabase();

        var order = await Register();

        var stored = await StoredOrders();
        Assert.That(stored.Select(item => item!["id"]!.GetValue<Guid>()), Is.EqualTo(new[] { order["id"]!.GetValue<Guid>() }));
    }

    private async Task<JsonArray> StoredOrders()
    {
        var manager = await As(Roles.Manager);
        var page = await (await manager.GetAsync("/api/v1/work-orders?page=1&pageSize=10")).ShouldBe(HttpStatusCode.OK);
        return page["items"]!.AsArray();
    }
}
