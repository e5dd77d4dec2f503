// The set-up fixture sits in the root namespace so that NUnit runs it around every test in the assembly.
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Abstractions;
using AfterSales.Infrastructure.Persistence.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace AfterSales.Api.Tests;

/// <summary>One API host for the whole run; the database is emptied before every test.</summary>
[SetUpFixture]
public sealed class TestHost
{
    // Respawn empties the working calendar with everything else: put back what a new database starts with (WO-7 r2).
    private static readonly string CalendarSeed = new WorkingCalendarAsData().UpOperations.OfType<SqlOperation>().Single().Sql;

    private static Respawner? respawner;

    public static ApiFactory Factory { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Factory = new ApiFactory();
        _ = Factory.Server; // starts the host, which migrates the database
        await using var connection = new NpgsqlConnection(ApiFactory.ConnectionString);
        await connection.OpenAsync();
        respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            // Users (and dev users) too, so no test meets another's; the provider's integrators are registered per host.
            SchemasToInclude = ["aftersales", "identity"],
            TablesToIgnore = [new Table("aftersales", "__ef_migrations_history"), new Table("identity", "__ef_migrations_history")],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await Factory.DisposeAsync();

    public static async Task ResetDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(ApiFactory.ConnectionString);
        await connection.OpenAsync();
        await respawner!.ResetAsync(connection);
        await using (var seed = new NpgsqlCommand(CalendarSeed, connection))
        {
            await seed.ExecuteNonQueryAsync();
        }

        await Factory.Services.GetRequiredService<IWorkingCalendars>().ReloadAsync(CancellationToken.None);
    }
}
