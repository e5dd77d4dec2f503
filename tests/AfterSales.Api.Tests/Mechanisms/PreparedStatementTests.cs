using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using AfterSales.Infrastructure.Persistence;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AfterSales.Api.Tests.Mechanisms;

/// <summary>
/// Statements are prepared automatically. When the execution that prepares one is refused by PostgreSQL (here a NUL
/// character, which PostgreSQL cannot store), Npgsql 10.0.3 keeps it marked as prepared without its row description,
/// and the next run of that statement on the same connection reads the wrong protocol messages (a 500).
/// <see cref="PreparedStatementReset"/> makes the connection forget its prepared statements first. One physical
/// connection and preparation on first use make the refused request the one that prepares.
/// </summary>
public sealed class PreparedStatementTests : ApiTest
{
    [Test]
    public async Task A_query_refused_while_it_was_being_prepared_leaves_the_connection_usable()
    {
        await using var api = OnePreparingConnection();
        var dispatcher = await api.ClientAs("dispatcher.user", Roles.Dispatcher);
        var created = await dispatcher.PostAsJsonAsync("/api/v1/customers", Customer("Li Na", "13900000009"));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());

        var refused = await dispatcher.GetAsync("/api/v1/customers?search=Li%00Na");
        await refused.ShouldBeProblem(HttpStatusCode.BadRequest);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var found = await (await dispatcher.GetAsync("/api/v1/customers?search=Li")).ReadJson();
            Assert.That(found["totalCount"]!.GetValue<int>(), Is.EqualTo(1), $"search {attempt}");
        }
    }

    [Test]
    public async Task A_read_side_query_refused_while_it_was_being_prepared_leaves_the_connection_usable()
    {
        await using var api = OnePreparingConnection();
        var reads = api.Services.GetRequiredService<IReadDatabase>();
        const string Echo = "SELECT @text::text";

        await Assert.ThatAsync(
            () => reads.ReadAsync(connection => connection.QuerySingleAsync<string>(Echo, new { text = "Li\0Na" }), CancellationToken.None),
            Throws.InstanceOf<PostgresException>());

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var echoed = await reads.ReadAsync(connection => connection.QuerySingleAsync<string>(Echo, new { text = "Li Na" }), CancellationToken.None);
            Assert.That(echoed, Is.EqualTo("Li Na"), $"read {attempt}");
        }
    }

    private static ApiFactory OnePreparingConnection() => new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:AfterSales"] = $"{ApiFactory.ConnectionString};Maximum Pool Size=1;Max Auto Prepare=64;Auto Prepare Min Usages=1",
    });

    private static object Customer(string name, string phone) => new { name, phone, address = "1 Harbour Road", zone = "Urban" };
}
