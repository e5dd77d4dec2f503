using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using Npgsql;

namespace AfterSales.Api.Tests.Mechanisms;

/// <summary>
/// The read side tries a read again on a fresh connection when the server ended the one the pool held: after a restart
/// or a failover every idle pooled connection is dead, and the first read on each must not become an error.
/// </summary>
public sealed class ReadRetryTests : ApiTest
{
    private const string ApplicationName = "read-retry-test";

    [Test]
    public async Task A_read_whose_pooled_connection_the_server_ended_is_tried_again_on_a_fresh_one()
    {
        await using var api = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:AfterSales"] = new NpgsqlConnectionStringBuilder(ApiFactory.ConnectionString) { ApplicationName = ApplicationName }.ConnectionString,
        });
        var token = (await (await api.CreateClient().PostAsJsonAsync("/api/v1/auth/dev-token", new { userName = "retry.manager", roles = new[] { Roles.Manager } })).ReadJson())["accessToken"]!.GetValue<string>();
        var manager = api.CreateClient();
        manager.DefaultRequestHeaders.Authorization = new("Bearer", token);
        await (await manager.GetAsync("/api/v1/work-orders?pageSize=1")).ShouldBe(HttpStatusCode.OK);

        var ended = await EndIdleConnectionsAsync();
        var read = await manager.GetAsync("/api/v1/work-orders?pageSize=1");

        Assert.Multiple(() =>
        {
            Assert.That(ended, Is.GreaterThanOrEqualTo(1), "the pool held a connection to end");
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    private static async Task<int> EndIdleConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(ApiFactory.ConnectionString);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            // CASE, so that only the API's connections are ended: AND does not fix the order its sides are evaluated in.
            "SELECT count(*) FILTER (WHERE CASE WHEN application_name = @name THEN pg_terminate_backend(pid) ELSE false END)::int FROM pg_stat_activity",
            connection);
        terminate.Parameters.AddWithValue("name", ApplicationName);
        return (int)(await terminate.ExecuteScalarAsync())!;
    }
}
