using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Mechanisms;

/// <summary>
/// The API with its database gone, under the shipped retry settings: answers stay problem details
/// (never a 500 or a hang), readiness follows the database, liveness does not.
/// ./build/faults.sh shows the same against a real PostgreSQL stopped and started under load.
/// </summary>
public sealed class DatabaseOutageTests
{
    private ApiFactory offline = null!;
    private HttpClient dispatcher = null!;

    [OneTimeSetUp]
    public void StartWithoutDatabase()
    {
        offline = new ApiFactory(new Dictionary<string, string?>
        {
            // Nothing listens on port 1: every connection attempt is refused.
            ["ConnectionStrings:AfterSales"] = "Host=127.0.0.1;Port=1;Database=nowhere;Username=postgres",
            ["Database:MigrateOnStartup"] = "false",
        });
        dispatcher = offline.ClientWith(offline.MintedDevToken("desk", Roles.Dispatcher));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        dispatcher.Dispose();
        await offline.DisposeAsync();
    }

    [Test]
    public async Task A_create_after_its_retries_is_503_problem_details_with_retry_after()
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/v1/work-orders")
        {
            Content = JsonContent.Create(new { customerId = Guid.NewGuid(), equipmentId = Guid.NewGuid(), problemDescription = "Noise", priority = "Normal", channel = "Phone" }),
        };
        create.Headers.Add("Idempotency-Key", "outage-1");

        var response = await dispatcher.SendAsync(create);

        var problem = await response.ShouldBeProblem(HttpStatusCode.ServiceUnavailable);
        Assert.Multiple(() =>
        {
            Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("The database is unavailable."));
            Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(5)));
        });
    }

    [Test]
    public async Task Readiness_goes_503_while_liveness_stays_200()
    {
        var ready = await dispatcher.GetAsync("/health/ready");
        var live = await dispatcher.GetAsync("/health/live");

        Assert.Multiple(() =>
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
