using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using Npgsql;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>X-8: the field app's change feed, conditional reads and compressed answers.</summary>
public sealed class ChangeFeedTests : WorkOrderTest
{
    [Test]
    public async Task X8_the_first_sync_gives_the_technicians_open_orders_as_a_read_gives_them()
    {
        var first = await AssignedToMe();
        var second = await AssignedToMe();
        var cancelled = await AssignedToMe();
        await Do(cancelled, "cancel", new { reason = "Duplicate" }, Roles.Dispatcher);
        await Do(await Register(), "assign", new { technicianId = await ColleagueAsync() });
        await Register();
        var me = await AsAssignedTechnician();

        var sync = await Sync(me);

        Assert.That(Ids(sync["workOrders"]), Is.EquivalentTo(new[] { IdOf(first), IdOf(second) }));
        Assert.That(sync["tombstones"]!.AsArray(), Is.Empty);
        Assert.That(sync["nextToken"]!.GetValue<string>(), Does.Match("^[A-Za-z0-9_-]+$"));
        foreach (var order in sync["workOrders"]!.AsArray())
        {
            var read = await (await me.GetAsync($"/api/v1/work-orders/{order!["id"]}")).ShouldBe(HttpStatusCode.OK);
            Assert.That(JsonNode.DeepEquals(order, read), Is.True, $"the feed's {order["number"]} is the order as GET answers it");
        }
    }

    [Test]
    public async Task X8_asking_again_with_the_token_returns_nothing_new_until_something_changes()
    {
        var changed = await AssignedToMe();
        await AssignedToMe();
        var me = await AsAssignedTechnician();
        var first = await Sync(me);

        var again = await Sync(me, Token(first));
        await Do(changed, "plan", new { method = "OnSite" }, Roles.Technician);
        var delta = await Sync(me, Token(again));
        var afterDelta = await Sync(me, Token(delta));

        Assert.That(again["workOrders"]!.AsArray(), Is.Empty);
        Assert.That(again["tombstones"]!.AsArray(), Is.Empty);
        Assert.That(Ids(delta["workOrders"]), Is.EqualTo(new[] { IdOf(changed) }));
        Assert.That(delta["workOrders"]![0]!["method"]!.GetValue<string>(), Is.EqualTo("OnSite"));
        Assert.That(afterDelta["workOrders"]!.AsArray(), Is.Empty);
    }

    /// <summary>
    /// Transaction A writes order 1 first and commits last; B writes order 2 and commits in between. A token that were
    /// the highest sequence or time seen would pass A's write by once B's was synced; the snapshot keeps A's.
    /// </summary>
    [Test]
    public async Task X8_a_change_committed_out_of_order_is_not_skipped()
    {
        var one = await AssignedToMe();
        var two = await AssignedToMe();
        var me = await AsAssignedTechnician();
        var start = await Sync(me);

        await using var connection = new NpgsqlConnection(ApiFactory.ConnectionString);
        await connection.OpenAsync();
        await using var transactionA = await connection.BeginTransactionAsync();
        await using (var touch = new NpgsqlCommand("UPDATE aftersales.work_orders SET problem_description = 'Spindle vibrates above 2500 rpm' WHERE id = @id", connection, transactionA))
        {
            touch.Parameters.AddWithValue("id", IdOf(one));
            Assert.That(await touch.ExecuteNonQueryAsync(), Is.EqualTo(1));
        }

        await Do(two, "plan", new { method = "OnSite" }, Roles.Technician);
        var whileAIsOpen = await Sync(me, Token(start));
        await transactionA.CommitAsync();
        var afterA = await Sync(me, Token(whileAIsOpen));

        Assert.That(Ids(whileAIsOpen["workOrders"]), Is.EqualTo(new[] { IdOf(two) }));
        Assert.That(Ids(afterA["workOrders"]), Is.EqualTo(new[] { IdOf(one) }));
        Assert.That(afterA["workOrders"]![0]!["problemDescription"]!.GetValue<string>(), Is.EqualTo("Spindle vibrates above 2500 rpm"));
    }

    [Test]
    public async Task X8_a_token_from_one_instance_works_on_another()
    {
        var order = await AssignedToMe();
        var start = await Sync(await AsAssignedTechnician());
        await Do(order, "plan", new { method = "OnSite" }, Roles.Technician);
        await using var secondInstance = new ApiFactory();
        var issued = await secondInstance.CreateClient().PostAsJsonAsync(
            "/api/v1/auth/dev-token", new { userName = $"tech-{TechnicianId:N}", roles = new[] { Roles.Technician }, technicianId = TechnicianId });
        var me = secondInstance.ClientWith((await issued.ShouldBe(HttpStatusCode.OK))["accessToken"]!.GetValue<string>());

        var delta = await Sync(me, Token(start));

        Assert.That(Ids(delta["workOrders"]), Is.EqualTo(new[] { IdOf(order) }));
        Assert.That(delta["workOrders"]![0]!["method"]!.GetValue<string>(), Is.EqualTo("OnSite"));
    }

    [Test]
    public async Task X8_an_order_reassigned_away_is_a_tombstone_and_reaches_its_new_technician()
    {
        var order = await AssignedToMe();
        var kept = await AssignedToMe();
        var colleagueId = await ColleagueAsync();
        var me = await AsAssignedTechnician();
        var start = await Sync(me);

        await Do(order, "assign", new { technicianId = colleagueId, reason = "T-0042 is stuck on site" }, Roles.Dispatcher);
        var delta = await Sync(me, Token(start));
        var theirs = await Sync(await AsTechnician(colleagueId));

        Assert.That(delta["workOrders"]!.AsArray(), Is.Empty);
        Assert.That(delta["tombstones"]!.ToJsonString(), Is.EqualTo($$"""[{"id":"{{IdOf(order)}}","reason":"Reassigned"}]"""));
        Assert.That(Ids(theirs["workOrders"]), Is.EqualTo(new[] { IdOf(order) }));
        Assert.That(Ids(start["workOrders"]), Does.Contain(IdOf(kept)));
    }

    [Test]
    public async Task X8_a_cancelled_order_is_a_tombstone()
    {
        var order = await AssignedToMe();
        var me = await AsAssignedTechnician();
        var start = await Sync(me);

        await Do(order, "cancel", new { reason = "Customer fixed it himself" }, Roles.Dispatcher);
        var delta = await Sync(me, Token(start));

        Assert.That(delta["workOrders"]!.AsArray(), Is.Empty);
        Assert.That(delta["tombstones"]!.ToJsonString(), Is.EqualTo($$"""[{"id":"{{IdOf(order)}}","reason":"Cancelled"}]"""));
    }

    [Test]
    public async Task X8_an_order_that_left_and_came_back_is_answered_by_what_it_is_now()
    {
        var order = await AssignedToMe();
        var colleagueId = await ColleagueAsync();
        var me = await AsAssignedTechnician();
        var start = await Sync(me);

        await Do(order, "assign", new { technicianId = colleagueId, reason = "T-0042 is stuck on site" }, Roles.Dispatcher);
        await Do(order, "assign", new { technicianId = TechnicianId, reason = "T-0042 is free again" }, Roles.Dispatcher);
        var delta = await Sync(me, Token(start));

        Assert.That(Ids(delta["workOrders"]), Is.EqualTo(new[] { IdOf(order) }));
        Assert.That(delta["tombstones"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task X8_a_malformed_token_or_another_users_is_refused_naming_why()
    {
        await AssignedToMe();
        var colleague = await AsTechnician(await ColleagueAsync());
        var theirToken = Token(await Sync(colleague));
        var me = await AsAssignedTechnician();
        var mine = Token(await Sync(me));
        // The token's version byte and holder kept, its snapshot made to run backwards (xmin after xmax).
        var tampered = Convert.ToBase64String([.. Convert.FromBase64String(Base64(mine))[..9], .. "9:1:"u8.ToArray()]).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var malformed = await (await me.GetAsync("/api/v1/me/changes?since=not*a*token")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var backwards = await (await me.GetAsync($"/api/v1/me/changes?since={tampered}")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var stolen = await (await me.GetAsync($"/api/v1/me/changes?since={theirToken}")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(malformed["errors"]!["since"]![0]!.GetValue<string>(), Does.Contain("not a token the change feed gave out"));
        Assert.That(backwards["errors"]!["since"]![0]!.GetValue<string>(), Does.Contain("not a token the change feed gave out"));
        Assert.That(stolen["errors"]!["since"]![0]!.GetValue<string>(), Does.StartWith("X-8: this token was given to another user or technician"));
    }

    [Test]
    public async Task X8_the_feed_is_for_a_user_linked_to_a_technician()
    {
        var unlinkedTechnician = await As("no.link", Roles.Technician);
        var manager = await As(Roles.Manager);
        var dispatcher = await As(Roles.Dispatcher);

        var unlinked = await (await unlinkedTechnician.GetAsync("/api/v1/me/changes")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await manager.GetAsync("/api/v1/me/changes")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await dispatcher.GetAsync("/api/v1/me/changes")).ShouldBeProblem(HttpStatusCode.Forbidden);

        Assert.That(unlinked["detail"]!.GetValue<string>(), Does.StartWith("X-8: the change feed is a technician's own work"));
    }

    [Test]
    public async Task X8_an_unchanged_order_answers_304_to_its_etag()
    {
        var order = await AssignedToMe();
        var me = await AsAssignedTechnician();
        var read = await me.GetAsync($"/api/v1/work-orders/{order["id"]}");
        var etag = read.Headers.ETag!.ToString();

        var unchanged = await Conditional(me, $"/api/v1/work-orders/{order["id"]}", etag);
        var anyVersion = await Conditional(me, $"/api/v1/work-orders/{order["id"]}", "*");
        var weakly = await Conditional(me, $"/api/v1/work-orders/{order["id"]}", $"W/{etag}");
        var list = await Conditional(me, "/api/v1/work-orders", etag);
        var malformed = await Conditional(me, $"/api/v1/work-orders/{order["id"]}", "not a tag");
        await Do(order, "plan", new { method = "OnSite" }, Roles.Technician);
        var changed = await Conditional(me, $"/api/v1/work-orders/{order["id"]}", etag);

        Assert.That(unchanged.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(unchanged.Headers.ETag!.ToString(), Is.EqualTo(etag));
        Assert.That(await unchanged.Content.ReadAsByteArrayAsync(), Is.Empty);
        Assert.That(anyVersion.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(weakly.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        await list.ShouldBe(HttpStatusCode.OK);
        await malformed.ShouldBe(HttpStatusCode.OK);
        var body = await changed.ShouldBe(HttpStatusCode.OK);
        Assert.That(changed.Headers.ETag!.ToString(), Is.Not.EqualTo(etag));
        Assert.That(body["method"]!.GetValue<string>(), Is.EqualTo("OnSite"));
    }

    [Test]
    public async Task X8_an_unknown_order_is_404_whatever_if_none_match_says()
    {
        var me = await AsAssignedTechnician();

        var response = await Conditional(me, $"/api/v1/work-orders/{Guid.NewGuid()}", "*");

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task X8_answers_are_compressed_when_the_client_accepts_it_but_never_a_token()
    {
        await AssignedToMe();
        var me = await AsAssignedTechnician();
        var plain = await Download(me, "/api/v1/me/changes", null);

        var brotli = await Download(me, "/api/v1/me/changes", "br");
        var gzip = await Download(me, "/api/v1/me/changes", "gzip");
        var token = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/dev-token") { Content = JsonContent.Create(new { userName = "amy", roles = new[] { Roles.Manager } }) };
        token.Headers.AcceptEncoding.ParseAdd("br, gzip");
        var tokenResponse = await Anonymous().SendAsync(token);

        Assert.That(plain.Encoding, Is.Null);
        Assert.That(brotli.Encoding, Is.EqualTo("br"));
        Assert.That(gzip.Encoding, Is.EqualTo("gzip"));
        Assert.That(Tokenless(brotli.Json), Is.EqualTo(Tokenless(plain.Json)));
        Assert.That(Tokenless(gzip.Json), Is.EqualTo(Tokenless(plain.Json)));
        Assert.That(brotli.Bytes, Is.LessThan(plain.Bytes));
        Assert.That(tokenResponse.Content.Headers.ContentEncoding, Is.Empty, "BREACH: an answer carrying a token is not compressed");
        Assert.That((await tokenResponse.ShouldBe(HttpStatusCode.OK))["accessToken"], Is.Not.Null);
    }

    /// <summary>A technician's day of 20 orders: the first sync against a delta after one change, as sent on the wire.</summary>
    [Test]
    public async Task X8_a_delta_sync_after_one_change_is_a_fraction_of_the_days_download()
    {
        var orders = new List<JsonNode>();
        for (var i = 0; i < 20; i++)
        {
            orders.Add(await AssignedToMe());
        }

        var me = await AsAssignedTechnician();
        var full = await Sizes(me, "/api/v1/me/changes");
        await Do(orders[7], "plan", new { method = "OnSite" }, Roles.Technician);
        var delta = await Sizes(me, $"/api/v1/me/changes?since={full.Token}");

        await TestContext.Out.WriteLineAsync($"X-8 day of 20 orders, bytes (identity / gzip / br): full {full.Plain} / {full.Gzip} / {full.Brotli}; delta after one change {delta.Plain} / {delta.Gzip} / {delta.Brotli}");
        Assert.That(delta.Plain, Is.LessThan(full.Plain / 10));
        Assert.That(delta.Brotli, Is.LessThan(full.Brotli));
        Assert.That(full.Gzip, Is.LessThan(full.Plain / 4));
    }

    private async Task<JsonNode> AssignedToMe()
    {
        var order = await Register();
        return await Do(order, "assign", new { technicianId = TechnicianId }, Roles.Dispatcher);
    }

    private async Task<Guid> ColleagueAsync() => (await HireTechnician("T-0043"))["id"]!.GetValue<Guid>();

    private static async Task<JsonNode> Sync(HttpClient client, string? since = null) =>
        await (await client.GetAsync(since is null ? "/api/v1/me/changes" : $"/api/v1/me/changes?since={since}")).ShouldBe(HttpStatusCode.OK);

    private static string Token(JsonNode sync) => sync["nextToken"]!.GetValue<string>();

    private static Guid IdOf(JsonNode order) => order["id"]!.GetValue<Guid>();

    private static Guid[] Ids(JsonNode? orders) => [.. orders!.AsArray().Select(order => order!["id"]!.GetValue<Guid>())];

    private static string Base64(string base64Url)
    {
        var padded = base64Url.Replace('-', '+').Replace('_', '/');
        return padded + new string('=', (4 - (padded.Length % 4)) % 4);
    }

    private static Task<HttpResponseMessage> Conditional(HttpClient client, string path, string ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return client.SendAsync(request);
    }

    /// <summary>The body as it came over the wire (the test client decompresses nothing), and the JSON it carries.</summary>
    private static async Task<(string? Encoding, int Bytes, JsonNode Json)> Download(HttpClient client, string path, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }

        var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var wire = await response.Content.ReadAsByteArrayAsync();
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        await using Stream body = encoding switch
        {
            "br" => new BrotliStream(new MemoryStream(wire), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(wire), CompressionMode.Decompress),
            _ => new MemoryStream(wire),
        };
        return (encoding, wire.Length, (await JsonNode.ParseAsync(body))!);
    }

    private static async Task<(int Plain, int Gzip, int Brotli, string Token)> Sizes(HttpClient client, string path)
    {
        var plain = await Download(client, path, null);
        var gzip = await Download(client, path, "gzip");
        var brotli = await Download(client, path, "br");
        return (plain.Bytes, gzip.Bytes, brotli.Bytes, Token(plain.Json));
    }

    /// <summary>Two syncs differ in their token only (each is its own snapshot).</summary>
    private static string Tokenless(JsonNode sync)
    {
        var copy = sync.DeepClone();
        copy.AsObject().Remove("nextToken");
        return copy.ToJsonString();
    }
}
