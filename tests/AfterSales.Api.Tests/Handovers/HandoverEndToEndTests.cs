using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using Npgsql;

namespace AfterSales.Api.Tests.Handovers;

/// <summary>HC-5 end to end: a leaver with 2 customers, 3 open orders, a receivable and a tool; completion moves all of it, or nothing.</summary>
public sealed class HandoverEndToEndTests : HandoverTest
{
    [Test]
    public async Task HC5_completing_the_checklist_of_2_customers_3_open_orders_a_receivable_and_a_tool_moves_every_record()
    {
        var held = await HoldAsync();
        var checklist = await ReadyToCompleteAsync(held);

        var completed = await DoOn(checklist, "complete");

        var first = await Read($"customers/{held.FirstCustomer}");
        var second = await Read($"customers/{held.SecondCustomer}");
        var orders = new List<JsonNode>();
        foreach (var id in held.OpenOrders)
        {
            orders.Add(await Read($"work-orders/{id}"));
        }

        var closed = await Read($"work-orders/{held.ClosedOrder}");
        var receivable = (await Read("receivables"))["items"]![0]!;
        var leaver = await Read($"technicians/{LeaverId}");
        Assert.Multiple(() =>
        {
            Assert.That(completed["status"]!.GetValue<string>(), Is.EqualTo("Completed"));
            Assert.That(completed["completedBy"]!.GetValue<string>(), Is.EqualTo("manager.user"));
            Assert.That(first["responsibleTechnicianId"]!.GetValue<Guid>(), Is.EqualTo(SuccessorId));
            Assert.That(second["responsibleTechnicianId"]!.GetValue<Guid>(), Is.EqualTo(SupervisorId), "named on its item");
            Assert.That(orders.Select(order => order["technicianId"]!.GetValue<Guid>()), Is.All.EqualTo(SuccessorId));
            Assert.That(orders.Select(order => order["assignments"]!.AsArray()[^1]!["reason"]!.GetValue<string>()), Is.All.EqualTo("handover of T-0042"));
            Assert.That(orders.Select(order => order["status"]!.GetValue<string>()), Is.EqualTo(new[] { "Assigned", "Scheduled", "InProgress" }));
            Assert.That(closed["technicianId"]!.GetValue<Guid>(), Is.EqualTo(LeaverId), "a closed order stays as history");
            Assert.That(receivable["technicianId"]!.GetValue<Guid>(), Is.EqualTo(SuccessorId));
            Assert.That(receivable["outstanding"]!.GetValue<decimal>(), Is.EqualTo(300.00m));
            Assert.That(leaver["status"]!.GetValue<string>(), Is.EqualTo("Departed"));
            Assert.That(leaver["property"]![0]!["returnedOn"]!.GetValue<string>(), Is.EqualTo("2026-11-16"));
        });
    }

    [Test]
    public async Task HC5_a_failure_part_way_through_completion_leaves_customers_orders_receivables_technician_and_checklist_as_they_were()
    {
        var held = await HoldAsync();
        var checklist = await ReadyToCompleteAsync(held);
        var before = await SnapshotAsync(held, checklist);
        Factory.RefusedDepartures.Refuse(LeaverId);

        var response = await ActOn(checklist, "complete");

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "TEST-2");
        await ShouldBeUnchanged(before, held, checklist);
    }

    [Test]
    public async Task HC5_a_database_failure_at_commit_after_every_row_was_written_changes_nothing()
    {
        var held = await HoldAsync();
        var checklist = await ReadyToCompleteAsync(held);
        var before = await SnapshotAsync(held, checklist);

        // A deferred trigger fires at COMMIT, after the customers, orders, receivable and technician rows are all written.
        await ExecuteAsync("""
            CREATE FUNCTION aftersales.test_refuse_departure() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN RAISE EXCEPTION 'test: the departure is refused at commit'; END $$;
            CREATE CONSTRAINT TRIGGER test_refuse_departure AFTER UPDATE ON aftersales.technicians
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.status = 'Departed')
            EXECUTE FUNCTION aftersales.test_refuse_departure();
            """);
        HttpResponseMessage response;
        try
        {
            response = await ActOn(checklist, "complete");
        }
        finally
        {
            await ExecuteAsync("""
                DROP TRIGGER test_refuse_departure ON aftersales.technicians;
                DROP FUNCTION aftersales.test_refuse_departure();
                """);
        }

        await response.ShouldBeProblem(HttpStatusCode.InternalServerError);
        await ShouldBeUnchanged(before, held, checklist);
    }

    private sealed record Held(Guid FirstCustomer, Guid SecondCustomer, IReadOnlyList<Guid> OpenOrders, Guid ClosedOrder);

    /// <summary>
    /// Two customers in the leaver's care; three open orders (Assigned, Scheduled, InProgress); a paid order
    /// resolved with 300.00 unpaid and closed, leaving a receivable; a torque wrench.
    /// </summary>
    private async Task<Held> HoldAsync()
    {
        var dispatcher = await As(Roles.Dispatcher);
        await (await dispatcher.PostAsJsonAsync($"/api/v1/customers/{Customer["id"]}/responsible-technician", new { technicianId = LeaverId })).ShouldBe(HttpStatusCode.OK);
        var second = await RegisterCustomer(new
        {
            name = "Jinling Motors",
            phone = "025-66660002",
            address = "8 Zhongshan Rd",
            zone = "Suburban",
            responsibleTechnicianId = LeaverId,
            equipment = new[] { Machine("LATHE-200", "SN-9", "2025-09-01", "2027-09-01") },
        });

        var assigned = await Register();
        await Do(assigned, "assign", new { technicianId = LeaverId });
        var scheduled = await OrderOfLeaver();
        var inProgress = await OrderOfLeaver(started: true);

        var billed = await OrderOfLeaver(started: true, serviceType: "Paid", labour: 300.00m);
        await Do(billed, "resolve", new { summary = "Fixed by phone" }, Roles.Technician);
        await Do(billed, "follow-up", new { satisfied = true, survey = new { attitude = 4, skill = 4, punctuality = 4, promiseKeeping = 4 }, comments = "Quick" });

        await IssueTool();
        return new(IdOf(Customer), IdOf(second), [IdOf(assigned), IdOf(scheduled), IdOf(inProgress)], IdOf(billed));
    }

    /// <summary>Started, every item done (the second customer to the supervisor, the rest to the successor), signed off by all three.</summary>
    private async Task<JsonNode> ReadyToCompleteAsync(Held held)
    {
        var checklist = await Start();
        Assert.That(Items(checklist).Select(item => item["kind"]!.GetValue<string>()), Is.EqualTo(new[]
        {
            "Customer", "Customer", "WorkOrder", "WorkOrder", "WorkOrder", "Receivable", "Property",
        }));

        foreach (var item in Items(checklist).ToList())
        {
            var outcome = item["allowedOutcomes"]![0]!.GetValue<string>();
            var taker = item["referenceId"]!.GetValue<Guid>() == held.SecondCustomer ? SupervisorId : (Guid?)null;
            checklist = await CompleteItem(checklist, item, outcome, taker);
        }

        return await SignOffAll(checklist);
    }

    /// <summary>Every record the completion would touch, as the API shows it (versions included).</summary>
    private async Task<Dictionary<string, string>> SnapshotAsync(Held held, JsonNode checklist)
    {
        string[] paths =
        [
            $"customers/{held.FirstCustomer}",
            $"customers/{held.SecondCustomer}",
            .. held.OpenOrders.Select(id => $"work-orders/{id}"),
            "receivables",
            $"technicians/{LeaverId}",
            $"technicians/{SuccessorId}",
            $"handovers/{checklist["id"]}",
        ];
        var snapshot = new Dictionary<string, string>();
        foreach (var path in paths)
        {
            snapshot[path] = (await Read(path)).ToJsonString();
        }

        return snapshot;
    }

    private async Task ShouldBeUnchanged(Dictionary<string, string> before, Held held, JsonNode checklist)
    {
        var after = await SnapshotAsync(held, checklist);
        var leaver = await Read($"technicians/{LeaverId}");
        var current = await Read($"handovers/{checklist["id"]}");
        Assert.Multiple(() =>
        {
            Assert.That(after, Is.EqualTo(before));
            Assert.That(leaver["status"]!.GetValue<string>(), Is.EqualTo("Leaving"));
            Assert.That(current["status"]!.GetValue<string>(), Is.EqualTo("Open"));
        });
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ApiFactory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
