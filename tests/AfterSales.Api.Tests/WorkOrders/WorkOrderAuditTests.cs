using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>X-1 as issue 18 decided it: one audit row per command.</summary>
public sealed class WorkOrderAuditTests : WorkOrderTest
{
    [Test]
    public async Task X1_one_row_per_command_names_the_command_its_correlation_id_and_every_entity_it_changed()
    {
        var order = await Register();
        var dispatcher = await As("dispatcher.li", Roles.Dispatcher);
        using var assign = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/work-orders/{order["id"]}/assign")
        {
            Content = JsonContent.Create(new { technicianId = TechnicianId }),
        };
        assign.Headers.Add("X-Correlation-Id", "desk-call-0042");
        await (await dispatcher.SendAsync(assign)).ShouldBe(HttpStatusCode.OK);

        var manager = await As(Roles.Manager);
        var byOrder = (await (await manager.GetAsync($"/api/v1/audit?entityId={order["id"]}")).ShouldBe(HttpStatusCode.OK))["items"]!.AsArray();
        var assignment = byOrder[0]!["changes"]!.AsArray().Single(change => change!["entityType"]!.GetValue<string>() == "Assignment")!;
        var byAssignment = await (await manager.GetAsync($"/api/v1/audit?entityId={assignment["partId"]}")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(byOrder.Select(entry => entry!["command"]!.GetValue<string>()), Is.EqualTo(new[] { "AssignWorkOrder", "RegisterWorkOrder" }));
            Assert.That(byOrder[0]!["correlationId"]!.GetValue<string>(), Is.EqualTo("desk-call-0042"));
            Assert.That(byOrder[0]!["changedBy"]!.GetValue<string>(), Is.EqualTo("dispatcher.li"));
            Assert.That(
                byOrder[0]!["changes"]!.AsArray().Select(change => $"{change!["entityType"]} {change["action"]}"),
                Is.EquivalentTo(new[] { "WorkOrder Modified", "Assignment Added" }),
                "the order's status and clocks, and its new assignment, in the one row of the command");
            Assert.That(byOrder[0]!["changes"]!.AsArray().Single(change => change!["entityType"]!.GetValue<string>() == "WorkOrder")!["properties"]!["clocks[Dispatch].state"]!["new"]!.GetValue<string>(), Is.EqualTo("Met"));
            Assert.That(byOrder[1]!["changes"]![0]!["properties"]!["clocks[Resolution].deadline"]!["new"], Is.Not.Null, "a registration records the clocks it started");
            Assert.That(byAssignment["items"]![0]!["id"]!.GetValue<Guid>(), Is.EqualTo(byOrder[0]!["id"]!.GetValue<Guid>()), "a part's id finds the same row");
        });
    }
}
