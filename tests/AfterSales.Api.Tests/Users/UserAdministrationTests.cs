using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using AfterSales.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AfterSales.Api.Tests.Users;

/// <summary>X-5: an Admin creates users, sets their roles, links them to technicians, resets their passwords and disables them.</summary>
public sealed class UserAdministrationTests : ApiTest
{
    [Test]
    public async Task X5_an_admin_creates_a_user_with_roles_and_reads_it_back_with_its_etag()
    {
        var admin = await As(Roles.Admin);

        var created = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "li.na", displayName = "Li Na", phone = "13900000001", roles = new[] { "Finance", "HR", "Finance" } });
        var user = await created.ShouldBe(HttpStatusCode.Created);
        var read = await admin.GetAsync($"/api/v1/users/{user["id"]}");
        var list = await (await admin.GetAsync("/api/v1/users?page=1&pageSize=10")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(async () =>
        {
            Assert.That(created.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/users/{user["id"]}"));
            Assert.That(user["userName"]!.GetValue<string>(), Is.EqualTo("li.na"));
            Assert.That(user["displayName"]!.GetValue<string>(), Is.EqualTo("Li Na"));
            Assert.That(user["phone"]!.GetValue<string>(), Is.EqualTo("13900000001"));
            Assert.That(RolesOf(user), Is.EqualTo(new[] { "Finance", "HR" }));
            Assert.That(user["technicianId"], Is.Null);
            Assert.That(user["employeeNumber"], Is.Null);
            Assert.That(user["disabled"]!.GetValue<bool>(), Is.False);
            Assert.That(read.Headers.ETag!.Tag, Is.EqualTo($"\"{user["version"]}\""));
            Assert.That((await read.ShouldBe(HttpStatusCode.OK)).ToJsonString(), Is.EqualTo(user.ToJsonString()));
            Assert.That(list["items"]!.AsArray().Select(item => item!["userName"]!.GetValue<string>()), Does.Contain("li.na"));
            Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(list["items"]!.AsArray().Count));
        });
    }

    [Test]
    public async Task X5_a_user_name_is_taken_once_and_bad_input_is_400_naming_the_field()
    {
        await CreateUser("li.na");
        var admin = await As(Roles.Admin);

        var again = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "LI.NA", displayName = "Another Li Na", roles = new[] { "HR" } });
        var spaces = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "li na", displayName = "Li Na", roles = new[] { "HR" } });
        var noRole = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "wu", displayName = "Wu", roles = new[] { "Janitor" } });
        var unknownUser = await admin.GetAsync($"/api/v1/users/{Guid.NewGuid()}");

        Assert.That((await again.ShouldBeProblem(HttpStatusCode.Conflict, "X-5"))["detail"]!.GetValue<string>(), Is.EqualTo("X-5: the user name is already taken"));
        Assert.That((await spaces.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "userName" }));
        Assert.That((await noRole.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "roles" }));
        await unknownUser.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task X5_roles_are_replaced_and_a_stale_etag_is_refused_with_412()
    {
        var user = await CreateUser("li.na", "Finance");
        var admin = await As(Roles.Admin);

        var changed = await Send(admin, HttpMethod.Put, $"/api/v1/users/{user["id"]}/roles", new { roles = new[] { "HR", "Dispatcher" } }, ifMatch: user["version"]);
        var stale = await Send(admin, HttpMethod.Put, $"/api/v1/users/{user["id"]}/roles", new { roles = new[] { "Manager" } }, ifMatch: user["version"]);

        var body = await changed.ShouldBe(HttpStatusCode.OK);
        Assert.That(RolesOf(body), Is.EqualTo(new[] { "Dispatcher", "HR" }));
        Assert.That(changed.Headers.ETag!.Tag, Is.Not.EqualTo($"\"{user["version"]}\""));
        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task X5_a_user_is_linked_to_one_technician_by_employee_number_and_a_technician_to_one_user()
    {
        var technician = await HireTechnician("T-0042");
        await HireTechnician("T-0043");
        var first = await CreateUser("zhang.wei", "Technician");
        var second = await CreateUser("someone.else", "Technician");
        var admin = await As(Roles.Admin);

        var linked = await (await admin.PostAsJsonAsync($"/api/v1/users/{first["id"]}/link-technician", new { employeeNumber = "T-0042" })).ShouldBe(HttpStatusCode.OK);
        var again = await admin.PostAsJsonAsync($"/api/v1/users/{first["id"]}/link-technician", new { employeeNumber = "T-0042" });
        var anotherTechnician = await admin.PostAsJsonAsync($"/api/v1/users/{first["id"]}/link-technician", new { employeeNumber = "T-0043" });
        var anotherUser = await admin.PostAsJsonAsync($"/api/v1/users/{second["id"]}/link-technician", new { employeeNumber = "T-0042" });
        var unknown = await admin.PostAsJsonAsync($"/api/v1/users/{second["id"]}/link-technician", new { employeeNumber = "T-9999" });

        Assert.Multiple(() =>
        {
            Assert.That(linked["technicianId"]!.GetValue<Guid>(), Is.EqualTo(technician["id"]!.GetValue<Guid>()));
            Assert.That(linked["employeeNumber"]!.GetValue<string>(), Is.EqualTo("T-0042"));
        });
        await again.ShouldBe(HttpStatusCode.OK);
        Assert.That((await anotherTechnician.ShouldBeProblem(HttpStatusCode.Conflict, "X-5"))["detail"]!.GetValue<string>(), Is.EqualTo("X-5: user zhang.wei is already linked to another technician"));
        Assert.That((await anotherUser.ShouldBeProblem(HttpStatusCode.Conflict, "X-5"))["detail"]!.GetValue<string>(), Is.EqualTo("X-5: technician T-0042 is already linked to user zhang.wei"));
        var problem = await unknown.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["employeeNumber"]![0]!.GetValue<string>(), Is.EqualTo("No technician with employee number T-9999 exists."));
    }

    [Test]
    public async Task X5_a_password_reset_is_answered_once_kept_only_as_a_hash_and_never_replayed()
    {
        var user = await CreateUser("li.na", "HR");
        var admin = await As(Roles.Admin);

        var first = await Send(admin, HttpMethod.Post, $"/api/v1/users/{user["id"]}/reset-password", null, idempotencyKey: "reset-li-na");
        var second = await Send(admin, HttpMethod.Post, $"/api/v1/users/{user["id"]}/reset-password", null, idempotencyKey: "reset-li-na");

        var answer = await first.ShouldBe(HttpStatusCode.OK);
        var password = answer["temporaryPassword"]!.GetValue<string>();
        var repeated = (await second.ShouldBe(HttpStatusCode.OK))["temporaryPassword"]!.GetValue<string>();
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AfterSalesUser>>();
        var stored = (await users.FindByNameAsync("li.na"))!;
        Assert.Multiple(async () =>
        {
            Assert.That(password, Has.Length.GreaterThanOrEqualTo(15));
            Assert.That(answer["user"]!["userName"]!.GetValue<string>(), Is.EqualTo("li.na"));
            Assert.That(first.Headers.CacheControl!.NoStore, Is.True);
            Assert.That(first.Headers.ETag!.Tag, Is.EqualTo($"\"{answer["user"]!["version"]}\""));
            Assert.That(repeated, Is.Not.EqualTo(password), "a repeated request is a new reset, not a replay of the stored answer");
            Assert.That(second.Headers.Contains("Idempotent-Replayed"), Is.False);
            Assert.That(await users.CheckPasswordAsync(stored, repeated), Is.True);
            Assert.That(stored.PasswordHash, Does.Not.Contain(repeated));
            Assert.That(await CountRowsContainingAsync(password) + await CountRowsContainingAsync(repeated), Is.Zero, "in no table in clear");
        });
    }

    [Test]
    public async Task X5_a_disabled_user_is_refused_on_their_next_request_and_may_be_enabled_again()
    {
        var user = await CreateUser("li.na", "HR");
        var liNa = Factory.ClientWith(Factory.MintedDevToken("li.na", Roles.HR));
        await (await liNa.GetAsync("/api/v1/technicians")).ShouldBe(HttpStatusCode.OK);
        var admin = await As(Roles.Admin);

        var disabled = await (await admin.PostAsJsonAsync($"/api/v1/users/{user["id"]}/disable", new { })).ShouldBe(HttpStatusCode.OK);
        var refused = await liNa.GetAsync("/api/v1/technicians");
        var enabled = await (await admin.PostAsJsonAsync($"/api/v1/users/{user["id"]}/enable", new { })).ShouldBe(HttpStatusCode.OK);
        var back = await liNa.GetAsync("/api/v1/technicians");

        Assert.That(disabled["disabled"]!.GetValue<bool>(), Is.True);
        await refused.ShouldBeProblem(HttpStatusCode.Unauthorized);
        Assert.That(enabled["disabled"]!.GetValue<bool>(), Is.False);
        await back.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task X1_changes_to_a_user_are_in_the_audit_trail_with_who_made_them_and_no_password()
    {
        var user = await CreateUser("li.na", "HR");
        var admin = await As(Roles.Admin);
        await (await admin.PostAsJsonAsync($"/api/v1/users/{user["id"]}/disable", new { })).ShouldBe(HttpStatusCode.OK);
        var password = (await (await admin.PostAsync($"/api/v1/users/{user["id"]}/reset-password", null)).ShouldBe(HttpStatusCode.OK))["temporaryPassword"]!.GetValue<string>();

        var response = await admin.GetAsync($"/api/v1/audit?entityId={user["id"]}");

        var text = await response.Content.ReadAsStringAsync();
        var entries = (await response.ShouldBe(HttpStatusCode.OK))["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(entries.Select(entry => entry!["command"]!.GetValue<string>()), Is.EqualTo(new[] { "ResetUserPassword", "DisableUser", "CreateUser" }));
            Assert.That(entries.Select(entry => entry!["changedBy"]!.GetValue<string>()), Is.All.EqualTo("admin.user"));
            var disabled = entries[1]!["changes"]![0]!;
            Assert.That(disabled["entityType"]!.GetValue<string>(), Is.EqualTo("User"));
            Assert.That((disabled["properties"]!["disabled"]!["old"]!.GetValue<bool>(), disabled["properties"]!["disabled"]!["new"]!.GetValue<bool>()), Is.EqualTo((false, true)));
            var reset = entries[0]!["changes"]![0]!["properties"]!["password"]!;
            Assert.That((reset["old"], reset["new"]!.GetValue<string>()), Is.EqualTo(((JsonNode?)null, "reset")));
            Assert.That(entries[2]!["changes"]![0]!["properties"]!["roles"]!["new"]!.AsArray().Select(role => role!.GetValue<string>()), Is.EqualTo(new[] { "HR" }));
            Assert.That(text, Does.Not.Contain(password));
        });
    }

    private async Task<JsonNode> CreateUser(string userName, params string[] roles) =>
        await (await (await As(Roles.Admin)).PostAsJsonAsync("/api/v1/users", new { userName, displayName = userName, roles = roles.Length == 0 ? new[] { "HR" } : roles }))
            .ShouldBe(HttpStatusCode.Created);

    private static IEnumerable<string> RolesOf(JsonNode user) => user["roles"]!.AsArray().Select(role => role!.GetValue<string>());

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, object? body, JsonNode? ifMatch = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body ?? new { }) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{ifMatch}\""));
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Rows of the idempotency store and the user store whose text holds <paramref name="text"/>.</summary>
    private static async Task<long> CountRowsContainingAsync(string text)
    {
        await using var connection = new NpgsqlConnection(ApiFactory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            select (select count(*) from aftersales.idempotency_records r where convert_from(r.response_body, 'UTF8') like '%' || @text || '%')
                 + (select count(*) from identity.users u where u::text like '%' || @text || '%')
            """,
            connection);
        command.Parameters.AddWithValue("text", text);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
