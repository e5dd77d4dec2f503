using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Mechanisms;

public sealed partial class ConcurrencyTests : ApiTest
{
    [Test]
    public async Task X2_a_single_resource_carries_a_strong_etag_that_changes_with_every_write()
    {
        var technician = await HireTechnician();
        var lead = await As(Roles.TeamLead);

        var before = await lead.GetAsync($"/api/v1/technicians/{technician["id"]}");
        var written = await Discipline(lead, technician["id"]!.GetValue<Guid>(), before.Headers.ETag!.Tag);
        var after = await lead.GetAsync($"/api/v1/technicians/{technician["id"]}");

        await written.ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(before.Headers.ETag!.IsWeak, Is.False);
            Assert.That(StrongTag().IsMatch(before.Headers.ETag.Tag), Is.True, before.Headers.ETag.Tag);
            Assert.That(after.Headers.ETag!.Tag, Is.Not.EqualTo(before.Headers.ETag.Tag), "adding a discipline record is a change to the technician");
            Assert.That(written.Headers.ETag!.Tag, Is.EqualTo(after.Headers.ETag.Tag));
        });
    }

    [Test]
    public async Task X2_a_stale_if_match_is_412_and_changes_nothing()
    {
        var technician = await HireTechnician();
        var id = technician["id"]!.GetValue<Guid>();
        var lead = await As(Roles.TeamLead);
        var stale = (await lead.GetAsync($"/api/v1/technicians/{id}")).Headers.ETag!.Tag;
        await (await Discipline(lead, id, ifMatch: null)).ShouldBe(HttpStatusCode.OK);

        var response = await Discipline(lead, id, stale);

        await response.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        var current = await (await lead.GetAsync($"/api/v1/technicians/{id}")).ReadJson();
        Assert.That(current["discipline"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [TestCase("W/\"1\"")]
    [TestCase("\"not-a-version\"")]
    public async Task X2_an_if_match_that_cannot_be_ours_never_matches(string ifMatch)
    {
        var technician = await HireTechnician();
        var lead = await As(Roles.TeamLead);

        var response = await Discipline(lead, technician["id"]!.GetValue<Guid>(), ifMatch);

        await response.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task X2_of_simultaneous_writes_with_the_same_if_match_exactly_one_wins()
    {
        var technician = await HireTechnician();
        var id = technician["id"]!.GetValue<Guid>();
        var lead = await As(Roles.TeamLead);
        var tag = (await lead.GetAsync($"/api/v1/technicians/{id}")).Headers.ETag!.Tag;

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Discipline(lead, id, tag)));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(responses.Where(r => r.StatusCode != HttpStatusCode.OK).Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.PreconditionFailed));
        var current = await (await lead.GetAsync($"/api/v1/technicians/{id}")).ReadJson();
        Assert.That(current["discipline"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task X2_simultaneous_writes_without_if_match_are_either_kept_or_refused_never_lost()
    {
        var technician = await HireTechnician();
        var id = technician["id"]!.GetValue<Guid>();
        var lead = await As(Roles.TeamLead);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Discipline(lead, id, ifMatch: null)));

        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        foreach (var response in refused)
        {
            await response.ShouldBeProblem(HttpStatusCode.Conflict, "X-2");
        }

        var current = await (await lead.GetAsync($"/api/v1/technicians/{id}")).ReadJson();
        Assert.That(current["discipline"]!.AsArray(), Has.Count.EqualTo(responses.Length - refused.Count));
    }

    private static Task<HttpResponseMessage> Discipline(HttpClient client, Guid technicianId, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/technicians/{technicianId}/discipline")
        {
            Content = JsonContent.Create(new { kind = "LateArrival", occurredOn = "2026-11-13", note = "09:20" }),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    [GeneratedRegex("^\"[0-9]+\"$")]
    private static partial Regex StrongTag();
}
