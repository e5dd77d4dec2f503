using System.Net;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Mechanisms;

public sealed class HostingTests : ApiTest
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_endpoints_answer_200_without_a_token(string path)
    {
        var response = await Anonymous().GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_swagger_ui_is_served()
    {
        var response = await Anonymous().GetAsync("/swagger/index.html");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("swagger-ui"));
    }

    [Test]
    public void The_migrations_describe_the_whole_model()
    {
        using var scope = Factory.Services.CreateScope();

        Assert.That(scope.ServiceProvider.GetRequiredService<AfterSalesDbContext>().Database.HasPendingModelChanges(), Is.False);
    }

    [Test]
    public async Task A_caller_over_the_rate_limit_gets_429_problem_details_with_retry_after()
    {
        await using var limited = new ApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PermitsPerWindow"] = "3",
            ["RateLimiting:WindowSeconds"] = "60",
        });
        var token = (await (await limited.CreateClient().PostAsync(
            "/api/v1/auth/dev-token",
            System.Net.Http.Json.JsonContent.Create(new { userName = "busy", roles = new[] { Roles.Manager } }))).ReadJson())["accessToken"]!.GetValue<string>();
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            responses.Add(await client.GetAsync("/api/v1/technicians"));
        }

        Assert.That(responses.Take(3).Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.OK));
        await responses[3].ShouldBeProblem(HttpStatusCode.TooManyRequests);
        Assert.That(responses[3].Headers.RetryAfter, Is.Not.Null);
        Assert.That((await client.GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "health probes are never limited");
    }

    [Test]
    public async Task The_demo_data_loads_into_an_empty_database_only()
    {
        bool first, second;
        using (var scope = Factory.Services.CreateScope())
        {
            first = (await scope.ServiceProvider.GetRequiredService<AfterSales.Infrastructure.Seeding.DemoData>().LoadAsync(CancellationToken.None)).Loaded;
        }

        using (var scope = Factory.Services.CreateScope())
        {
            second = (await scope.ServiceProvider.GetRequiredService<AfterSales.Infrastructure.Seeding.DemoData>().LoadAsync(CancellationToken.None)).Loaded;
        }

        var manager = await As(Roles.Manager);
        var technicians = await (await manager.GetAsync("/api/v1/technicians?team=East")).ReadJson();
        var queue = await (await manager.GetAsync("/api/v1/work-orders/dispatch-queue")).ReadJson();
        var contracts = await (await manager.GetAsync("/api/v1/reminders/contracts")).ReadJson();
        Assert.Multiple(() =>
        {
            Assert.That((first, second), Is.EqualTo((true, false)));
            Assert.That(technicians["totalCount"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(queue["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(contracts["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task An_unreachable_database_is_503_not_500()
    {
        await using var offline = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:AfterSales"] = "Host=127.0.0.1;Port=1;Database=nowhere;Username=postgres;Timeout=2",
            ["Database:MigrateOnStartup"] = "false",
            ["Database:MaxRetryCount"] = "0",
        });
        var token = offline.MintedDevToken("amy", Roles.Manager);
        var client = offline.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var ready = await client.GetAsync("/health/ready");
        var list = await client.GetAsync("/api/v1/technicians");

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        await list.ShouldBeProblem(HttpStatusCode.ServiceUnavailable);
    }
}
