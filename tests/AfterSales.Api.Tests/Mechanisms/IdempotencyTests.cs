using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using AfterSales.Infrastructure.Idempotency;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AfterSales.Api.Tests.Mechanisms;

public sealed class IdempotencyTests : ApiTest
{
    private static object Technician(string employeeNumber) => new
    {
        employeeNumber,
        name = "Zhang Wei",
        phone = "1",
        team = "East",
        position = "Installer",
        payLevel = 1,
        hireDate = "2024-01-01",
    };

    [Test]
    public async Task X3_a_retried_create_with_the_same_key_replays_the_first_response_and_creates_once()
    {
        var admin = await As(Roles.Admin);

        var first = await Post(admin, "key-1", Technician("T-0042"));
        var retry = await Post(admin, "key-1", Technician("T-0042"));

        var created = await first.ShouldBe(HttpStatusCode.Created);
        var replayed = await retry.ShouldBe(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(replayed["id"]!.GetValue<Guid>(), Is.EqualTo(created["id"]!.GetValue<Guid>()));
            Assert.That(retry.Headers.Location, Is.EqualTo(first.Headers.Location));
            Assert.That(retry.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
        });
        Assert.That(await TechnicianCount(admin), Is.EqualTo(1));
    }

    [Test]
    public async Task X3_the_same_key_with_another_body_is_422()
    {
        var admin = await As(Roles.Admin);
        await (await Post(admin, "key-1", Technician("T-0042"))).ShouldBe(HttpStatusCode.Created);

        var response = await Post(admin, "key-1", Technician("T-0043"));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(await TechnicianCount(admin), Is.EqualTo(1));
    }

    [Test]
    public async Task X3_keys_belong_to_the_user_who_sent_them()
    {
        var amy = await As("amy", Roles.Admin);
        var bob = await As("bob", Roles.Admin);
        await (await Post(amy, "key-1", Technician("T-0042"))).ShouldBe(HttpStatusCode.Created);

        var response = await Post(bob, "key-1", Technician("T-0043"));

        await response.ShouldBe(HttpStatusCode.Created);
        Assert.That(await TechnicianCount(amy), Is.EqualTo(2));
    }

    [Test]
    public async Task X3_a_refused_request_does_not_use_up_its_key()
    {
        var admin = await As(Roles.Admin);
        await HireTechnician("T-0042");
        await (await Post(admin, "key-1", Technician("T-0042"))).ShouldBeProblem(HttpStatusCode.Conflict, "TE-1");

        var corrected = await Post(admin, "key-1", Technician("T-0043"));

        await corrected.ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task X3_a_retry_while_the_first_request_has_no_stored_response_yet_is_409()
    {
        var admin = await As(Roles.Admin);
        await (await Post(admin, "key-1", Technician("T-0042"))).ShouldBe(HttpStatusCode.Created);
        // The state between the command's commit and the response being stored: claimed, no response.
        await using (var connection = new NpgsqlConnection(ApiFactory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var forget = new NpgsqlCommand("UPDATE aftersales.idempotency_records SET response_status = NULL, response_body = NULL", connection);
            Assert.That(await forget.ExecuteNonQueryAsync(), Is.EqualTo(1));
        }

        var retry = await Post(admin, "key-1", Technician("T-0042"));

        await retry.ShouldBeProblem(HttpStatusCode.Conflict, "X-3");
        Assert.That(await TechnicianCount(admin), Is.EqualTo(1));
    }

    [Test]
    public async Task X3_simultaneous_duplicates_create_one_record()
    {
        var admin = await As(Roles.Admin);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Post(admin, "key-1", Technician("T-0042"))));

        Assert.That(responses.Select(r => r.StatusCode), Has.All.AnyOf(HttpStatusCode.Created, HttpStatusCode.Conflict));
        var createdIds = new HashSet<Guid>();
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
        {
            createdIds.Add((await response.ReadJson())["id"]!.GetValue<Guid>());
        }

        Assert.That(createdIds, Has.Count.EqualTo(1));
        Assert.That(await TechnicianCount(admin), Is.EqualTo(1));
    }

    [Test]
    public async Task X3_a_key_is_honoured_for_a_week_and_released_by_the_clean_up_after_it()
    {
        var admin = await As(Roles.Admin);
        var cleanUp = Factory.Services.GetRequiredService<IdempotencyKeyCleanUp>();
        await (await Post(admin, "key-1", Technician("T-0042"))).ShouldBe(HttpStatusCode.Created);

        Factory.Clock.Advance(TimeSpan.FromHours(167));
        var keptWithinTheWeek = await cleanUp.DeleteExpiredAsync(CancellationToken.None);
        var retry = await Post(admin, "key-1", Technician("T-0042"));
        Factory.Clock.Advance(TimeSpan.FromHours(2));
        var deletedAfterIt = await cleanUp.DeleteExpiredAsync(CancellationToken.None);
        var reused = await Post(admin, "key-1", Technician("T-0043"));

        await retry.ShouldBe(HttpStatusCode.Created);
        await reused.ShouldBe(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(keptWithinTheWeek, Is.EqualTo(0));
            Assert.That(retry.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
            Assert.That(deletedAfterIt, Is.EqualTo(1));
            Assert.That(reused.Headers.Contains("Idempotent-Replayed"), Is.False, "an expired key is a new request, not a reuse (422)");
        });
        Assert.That(await TechnicianCount(admin), Is.EqualTo(2));
    }

    [TestCase("Idempotency:KeepHours", "0", "KeepHours")]
    [TestCase("Idempotency:CleanUpIntervalSeconds", "-1", "CleanUpIntervalSeconds")]
    public void X3_the_api_refuses_to_start_with_an_invalid_idempotency_setting(string key, string value, string named) =>
        Assert.That(ApiFactory.StartupFailureWith(key, value), Does.Contain(named));

    private static Task<HttpResponseMessage> Post(HttpClient client, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/technicians") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static async Task<int> TechnicianCount(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/technicians")).ReadJson())["totalCount"]!.GetValue<int>();
}
