using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using Npgsql;

namespace AfterSales.Api.Tests.Mechanisms;

/// <summary>
/// Issue 18, scale-out: with <c>ConnectionStrings:AfterSalesReplica</c> set, lists and reports read from a standby
/// (the replica drill in ./build/faults.sh proves a real one serves them); these tests hold what can be shown on one
/// server: the reads name themselves, fall back to the primary while no standby answers, and a read of one order
/// right after its registration sees it.
/// </summary>
public sealed class StandbyReadsTests : ApiTest
{
    [Test]
    public async Task Lists_and_reports_fall_back_to_the_primary_while_the_standby_does_not_answer()
    {
        await using var api = new ApiFactory(new Dictionary<string, string?>
        {
            // A standby of the same database, stopped: nothing listens on its port.
            ["ConnectionStrings:AfterSalesReplica"] = new NpgsqlConnectionStringBuilder(ApiFactory.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString,
        });
        var (order, dispatcher) = await RegisterThroughAsync(api);
        var hr = await ClientAsync(api, Roles.HR);

        var read = await dispatcher.GetAsync($"/api/v1/work-orders/{order}");
        var list = await (await dispatcher.GetAsync("/api/v1/work-orders?status=Registered&pageSize=100")).ShouldBe(HttpStatusCode.OK);
        var report = await hr.GetAsync("/api/v1/reports/grades?month=2026-10");

        Assert.Multiple(() =>
        {
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), "read after write, from the primary");
            Assert.That(list["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>()), Does.Contain(order));
            Assert.That(report.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Reads_that_tolerate_lag_name_themselves_to_the_server_that_serves_them()
    {
        await using var api = new ApiFactory(new Dictionary<string, string?>
        {
            // The test server is a primary: a standby is preferred, none is found, the primary serves.
            ["ConnectionStrings:AfterSalesReplica"] = ApiFactory.ConnectionString,
        });
        var (_, dispatcher) = await RegisterThroughAsync(api);

        await (await dispatcher.GetAsync("/api/v1/work-orders?pageSize=5")).ShouldBe(HttpStatusCode.OK);

        await using var connection = new NpgsqlConnection(ApiFactory.ConnectionString);
        await connection.OpenAsync();
        await using var idle = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'aftersales-standby-reads'",
            connection);
        Assert.That((long)(await idle.ExecuteScalarAsync())!, Is.GreaterThanOrEqualTo(1), "the pooled standby connection, idle, under its name");
    }

    private static async Task<(Guid Order, HttpClient Dispatcher)> RegisterThroughAsync(ApiFactory api)
    {
        var dispatcher = await ClientAsync(api, Roles.Dispatcher);
        var customer = await (await dispatcher.PostAsJsonAsync("/api/v1/customers", new
        {
            name = "Standby Test Works",
            phone = "021-55550009",
            address = "9 Standby Rd",
            zone = "Urban",
            equipment = new[] { Machine("CNC-5000", "SN-SB-1", "2025-06-01", "2027-06-01") },
        })).ShouldBe(HttpStatusCode.Created);
        var order = await (await dispatcher.PostAsJsonAsync("/api/v1/work-orders", new
        {
            customerId = customer["id"]!.GetValue<Guid>(),
            equipmentId = customer["equipment"]![0]!["id"]!.GetValue<Guid>(),
            problemDescription = "Spindle vibrates above 3000 rpm",
            priority = "Normal",
            channel = "Phone",
        })).ShouldBe(HttpStatusCode.Created);
        return (order["id"]!.GetValue<Guid>(), dispatcher);
    }

    private static async Task<HttpClient> ClientAsync(ApiFactory api, string role)
    {
        var token = (await (await api.CreateClient().PostAsJsonAsync("/api/v1/auth/dev-token", new { userName = $"standby-{role}", roles = new[] { role } })).ReadJson())["accessToken"]!.GetValue<string>();
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }
}
