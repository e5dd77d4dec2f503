using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AfterSales.Api.Tests.Mechanisms;

/// <summary>
/// How the API uses its pooled connections (see <c>DependencyInjection.ForPooledConnections</c>): hot statements are
/// prepared automatically, and a connection is handed to the next request without a session reset.
/// </summary>
public sealed class ConnectionSettingsTests
{
    [Test]
    public async Task Pooled_connections_prepare_hot_statements_and_skip_the_session_reset()
    {
        var settings = await SettingsOf(TestHost.Factory);

        Assert.Multiple(() =>
        {
            Assert.That(settings.NoResetOnClose, Is.True);
            Assert.That(settings.MaxAutoPrepare, Is.EqualTo(128));
            Assert.That(settings.AutoPrepareMinUsages, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_connection_string_that_sets_its_own_preparation_keeps_it()
    {
        await using var api = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:AfterSales"] = $"{ApiFactory.ConnectionString};Max Auto Prepare=16;Auto Prepare Min Usages=5",
        });

        var settings = await SettingsOf(api);

        Assert.Multiple(() =>
        {
            Assert.That(settings.MaxAutoPrepare, Is.EqualTo(16));
            Assert.That(settings.AutoPrepareMinUsages, Is.EqualTo(5));
            Assert.That(settings.NoResetOnClose, Is.True);
        });
    }

    private static async Task<NpgsqlConnectionStringBuilder> SettingsOf(ApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AfterSalesDbContext>();
        return new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
    }
}
