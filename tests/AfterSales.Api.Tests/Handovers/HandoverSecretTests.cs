using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Handovers;

/// <summary>HC-3: no password, secret or token is ever accepted; an account is recorded by system and user name only.</summary>
public sealed class HandoverSecretTests : HandoverTest
{
    private static readonly string[] SecretWords = ["password", "passwd", "pwd", "secret", "token", "apikey", "credential", "privatekey"];

    [Test]
    public async Task HC3_a_password_in_a_nested_property_is_400_naming_the_field_and_nothing_is_written()
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(StartBody()))!;
        body["notes"] = new JsonObject { ["erp"] = new JsonObject { ["user"] = "zhangwei", ["password"] = "hunter2" } };

        var response = await StartResponse(body);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Multiple(() =>
        {
            Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "notes.erp.password" }));
            Assert.That(problem["ruleId"]!.GetValue<string>(), Is.EqualTo("HC-3"));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.StartWith("HC-3: ").And.EndWith("remove notes.erp.password."));
            Assert.That(problem.ToJsonString(), Does.Not.Contain("hunter2"));
        });
        Assert.That((await Read("handovers"))["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That((await Read($"technicians/{LeaverId}"))["status"]!.GetValue<string>(), Is.EqualTo("Active"));
        Assert.That((await Read($"audit?entityId={LeaverId}"))["totalCount"]!.GetValue<int>(), Is.EqualTo(1), "only the hire");
    }

    [Test]
    public async Task HC3_secret_token_and_key_fields_anywhere_in_an_item_are_each_named()
    {
        var checklist = await Start();

        var response = await ActOn(checklist, "items", new Dictionary<string, object>
        {
            ["kind"] = "Account",
            ["systemName"] = "ERP",
            ["userName"] = "zhangwei",
            ["description"] = "Finance module login",
            ["access_token"] = "eyJ...",
            ["extras"] = new object[] { new { note = "shared drive" }, new Dictionary<string, string> { ["Api-Key"] = "k-123", ["clientSecret"] = "s-456" } },
            ["userCredentials"] = new { user = "zhangwei", pwd = "x" },
        });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "access_token", "extras[1].Api-Key", "extras[1].clientSecret", "userCredentials" }));
        Assert.That(Items(await Read($"handovers/{checklist["id"]}")), Is.Empty);
    }

    [Test]
    public async Task HC3_an_account_item_stores_the_system_and_user_name_and_nothing_that_looks_secret()
    {
        var checklist = await Start();

        var updated = await DoOn(checklist, "items", new { kind = "Account", systemName = "ERP", userName = "zhangwei", description = "Finance module login" });

        var account = Items(updated, "Account").Single();
        var secretLike = account.AsObject().Select(field => field.Key.ToLowerInvariant()).Where(field => SecretWords.Any(field.Contains));
        Assert.Multiple(() =>
        {
            Assert.That(account["systemName"]!.GetValue<string>(), Is.EqualTo("ERP"));
            Assert.That(account["userName"]!.GetValue<string>(), Is.EqualTo("zhangwei"));
            Assert.That(account["description"]!.GetValue<string>(), Is.EqualTo("Finance module login"));
            Assert.That(account["allowedOutcomes"]!.AsArray().Select(outcome => outcome!.GetValue<string>()), Is.EqualTo(new[] { "Disabled", "HandedOver" }));
            Assert.That(secretLike, Is.Empty);
        });
    }

    [Test]
    public async Task HC3_a_refused_request_uses_up_no_idempotency_key()
    {
        var checklist = await Start();
        var manager = await As(Roles.Manager);

        var refused = await PostWithKey(manager, checklist, new { kind = "Other", description = "Locker", secret = "1234" });
        var accepted = await PostWithKey(manager, checklist, new { kind = "Other", description = "Locker" });

        await refused.ShouldBeProblem(HttpStatusCode.BadRequest);
        await accepted.ShouldBe(HttpStatusCode.OK);
        Assert.That(accepted.Headers.Contains("Idempotent-Replayed"), Is.False);
    }

    [Test]
    public async Task HC3_the_refusal_guards_every_endpoint_and_leaves_other_bodies_alone()
    {
        var dispatcher = await As(Roles.Dispatcher);

        var customer = await dispatcher.PostAsJsonAsync("/api/v1/customers", new { name = "Wang Fang", phone = "1", address = "2 Road", zone = "Urban", portalPassword = "abc" });
        var token = await Anonymous().PostAsJsonAsync("/api/v1/auth/dev-token", new { userName = "amy", roles = new[] { Roles.Manager } });

        var problem = await customer.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "portalPassword" }));
        await token.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> PostWithKey(HttpClient client, JsonNode checklist, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/handovers/{checklist["id"]}/items") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", "locker-1");
        return await client.SendAsync(request);
    }
}
