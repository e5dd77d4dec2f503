using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Complaints;

/// <summary>CP-1 registration, CP-2 escalation and telling the customer, CP-3 findings and the follow-up, over HTTP.</summary>
public sealed partial class ComplaintLifecycleTests : ComplaintTest
{
    [Test]
    public async Task CP1_a_complaint_without_the_promised_response_time_is_400()
    {
        var response = await RegisterComplaintResponse(new
        {
            customerId = CustomerId,
            channel = "Phone",
            description = "Nobody came",
            category = "Timeliness",
            severity = "General",
        });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["promisedResponseBy"]![0]!.GetValue<string>(), Does.StartWith("CP-1"));
    }

    [Test]
    public async Task CP1_complaints_are_numbered_CP_year_and_six_digits_that_never_repeat_and_answered_201_with_their_location()
    {
        var order = await Register();

        var response = await RegisterComplaintResponse(new
        {
            customerId = CustomerId,
            channel = "WalkIn",
            description = "Technician was rude",
            category = "Attitude",
            severity = "Major",
            workOrderId = order["id"],
            technicianId = TechnicianId,
            promisedResponseBy = "2026-11-17T10:00:00+08:00",
        });
        var second = await RegisterComplaint();

        var first = await response.ShouldBe(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(first["number"]!.GetValue<string>(), Does.Match(ReadableNumber()));
            Assert.That(Sequence(second), Is.EqualTo(Sequence(first) + 1), "the database sequence survives the reset between tests, so only the step is known");
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/complaints/{first["id"]}"));
            Assert.That(first["status"]!.GetValue<string>(), Is.EqualTo("Received"));
            Assert.That(first["channel"]!.GetValue<string>(), Is.EqualTo("WalkIn"));
            Assert.That(first["category"]!.GetValue<string>(), Is.EqualTo("Attitude"));
            Assert.That(first["severity"]!.GetValue<string>(), Is.EqualTo("Major"));
            Assert.That(first["customerId"]!.GetValue<Guid>(), Is.EqualTo(CustomerId));
            Assert.That(first["workOrderId"]!.GetValue<Guid>(), Is.EqualTo(IdOf(order)));
            Assert.That(first["equipmentId"]!.GetValue<Guid>(), Is.EqualTo(EquipmentId), "the order's machine");
            Assert.That(first["technicianId"]!.GetValue<Guid>(), Is.EqualTo(TechnicianId));
            Assert.That(first["responsibleTechnicianId"], Is.Null);
            Assert.That(Instant(first["promisedResponseBy"]), Is.EqualTo(Shanghai(2026, 11, 17, 10)));
            Assert.That(first["penalty"], Is.Null);
            Assert.That(first["escalation"], Is.Null);
            Assert.That(first["appeals"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task CP1_a_work_order_of_another_customer_is_400()
    {
        var otherCustomer = await RegisterCustomer(new { name = "Other Co", phone = "021-1", address = "1 Road", zone = "Urban" });

        var response = await RegisterComplaintResponse(new
        {
            customerId = otherCustomer["id"],
            channel = "Phone",
            description = "Leak",
            category = "Quality",
            severity = "General",
            workOrderId = (await Register())["id"],
            promisedResponseBy = "2026-11-17T10:00:00+08:00",
        });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["workOrderId"], Is.Not.Null);
    }

    [Test]
    public async Task CP1_a_response_promised_in_the_past_is_409()
    {
        var response = await RegisterComplaintResponse(new
        {
            customerId = CustomerId,
            channel = "Phone",
            description = "Leak",
            category = "Quality",
            severity = "General",
            promisedResponseBy = "2026-11-16T09:00:00+08:00",
        });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "CP-1");
    }

    [Test]
    public async Task CP2_a_major_complaint_is_escalated_to_a_director_before_it_is_resolved()
    {
        var complaint = await RegisterComplaint(severity: "Major", technicianId: TechnicianId);
        await DoOn(complaint, "investigate", role: Roles.Dispatcher);
        await (await VerifyResponse(complaint, responsibleTechnicianId: TechnicianId)).ShouldBe(HttpStatusCode.OK);
        await Visited(complaint);
        await DoOn(complaint, "notify-customer", new { how = "Letter", letterDate = "2026-11-16", letterReference = "SH-2026-117" }, Roles.Dispatcher);

        var refused = await ActOn(complaint, "resolve", role: Roles.Dispatcher);

        var problem = await refused.ShouldBeProblem(HttpStatusCode.Conflict, "CP-2");
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo($"CP-2: {complaint["number"]} is Major and must be escalated to a Director before it is resolved"));

        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 11));
        await Factory.TokenFor("manager.amy", Roles.Manager);
        await Factory.TokenFor("director.zhou", Roles.Director);
        var toAManager = await ActOn(complaint, "escalate", new { directorName = "manager.amy" }, Roles.Dispatcher);
        var toNobody = await ActOn(complaint, "escalate", new { directorName = "Amy Chen" }, Roles.Dispatcher);
        var escalated = await DoOn(complaint, "escalate", new { directorName = "director.zhou", note = "Customer threatens to cancel" }, Roles.Dispatcher);
        var resolved = await DoOn(complaint, "resolve", role: Roles.Dispatcher);

        Assert.That((await toAManager.ShouldBeProblem(HttpStatusCode.Conflict, "CP-2"))["detail"]!.GetValue<string>(),
            Is.EqualTo("CP-2: manager.amy is not a Director; complaints are escalated to a Director"));
        await toNobody.ShouldBeProblem(HttpStatusCode.Conflict, "CP-2");
        Assert.Multiple(() =>
        {
            Assert.That(escalated["escalation"]!["directorName"]!.GetValue<string>(), Is.EqualTo("director.zhou"));
            Assert.That(escalated["escalation"]!["escalatedBy"]!.GetValue<string>(), Is.EqualTo("dispatcher.user"));
            Assert.That(Instant(escalated["escalation"]!["escalatedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 11)));
            Assert.That(resolved["status"]!.GetValue<string>(), Is.EqualTo("Resolved"));
        });
    }

    [Test]
    public async Task CP2_no_complaint_is_resolved_before_the_customer_was_told_the_result()
    {
        var complaint = await Verified();

        var refused = await ActOn(complaint, "resolve", role: Roles.Dispatcher);

        var problem = await refused.ShouldBeProblem(HttpStatusCode.Conflict, "CP-2");
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo($"CP-2: the customer must be told the result before {complaint["number"]} is resolved"));
    }

    [Test]
    public async Task CP2_a_general_complaint_goes_from_received_to_closed_and_an_unhappy_follow_up_reopens_it()
    {
        var complaint = await Verified();
        await Visited(complaint);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 15));
        var told = await DoOn(complaint, "notify-customer", new { how = "Phone", note = "Seal replaced free of charge" }, Roles.Dispatcher);
        var resolved = await DoOn(complaint, "resolve", role: Roles.Dispatcher);
        var reopened = await DoOn(complaint, "follow-up", new { satisfied = false, note = "Still leaking" }, Roles.Dispatcher);
        await DoOn(complaint, "notify-customer", new { how = "Visit", note = "Second seal fitted" }, Roles.Dispatcher);
        await DoOn(complaint, "resolve", role: Roles.Dispatcher);
        var closed = await DoOn(complaint, "follow-up", new { satisfied = true }, Roles.Dispatcher);

        Assert.Multiple(() =>
        {
            Assert.That(told["customerNotification"]!["how"]!.GetValue<string>(), Is.EqualTo("Phone"));
            Assert.That(Instant(told["customerNotification"]!["notifiedAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 15)));
            Assert.That(resolved["status"]!.GetValue<string>(), Is.EqualTo("Resolved"));
            Assert.That(reopened["status"]!.GetValue<string>(), Is.EqualTo("Investigating"));
            Assert.That(reopened["customerNotification"], Is.Null, "the customer must be told again");
            Assert.That(reopened["penalty"]!.GetValue<decimal>(), Is.EqualTo(300.00m), "the finding stands");
            Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("Closed"));
            Assert.That(closed["followUps"]!.AsArray().Select(f => f!["satisfied"]!.GetValue<bool>()), Is.EqualTo(new[] { false, true }));
        });
    }

    [Test]
    public async Task CP3_a_complaint_is_verified_only_after_investigation_starts()
    {
        var complaint = await RegisterComplaint();

        var refused = await VerifyResponse(complaint, responsibleTechnicianId: TechnicianId);

        await refused.ShouldBeProblem(HttpStatusCode.Conflict, "CP-3");
    }

    [Test]
    public async Task CP3_a_verified_complaint_shows_its_findings_and_an_unfounded_one_is_closed_without_penalty()
    {
        var verified = await Verified();
        var unfounded = await RegisterComplaint(technicianId: TechnicianId);
        await DoOn(unfounded, "investigate", role: Roles.Dispatcher);

        var dismissed = await DoOn(unfounded, "verify", new { verified = false, findings = "The customer fitted the hose himself" }, Roles.TeamLead);

        Assert.Multiple(() =>
        {
            Assert.That(verified["status"]!.GetValue<string>(), Is.EqualTo("Verified"));
            Assert.That(verified["verification"]!["verified"]!.GetValue<bool>(), Is.True);
            Assert.That(verified["verification"]!["findings"]!.GetValue<string>(), Is.EqualTo("Oil seal fitted the wrong way round"));
            Assert.That(verified["verification"]!["decidedBy"]!.GetValue<string>(), Is.EqualTo("teamlead.user"));
            Assert.That(dismissed["status"]!.GetValue<string>(), Is.EqualTo("Unfounded"));
            Assert.That(dismissed["verification"]!["verified"]!.GetValue<bool>(), Is.False);
            Assert.That(dismissed["closedAt"], Is.Not.Null);
            Assert.That(dismissed["responsibleTechnicianId"], Is.Null);
            Assert.That(dismissed["penalty"], Is.Null);
            Assert.That(dismissed["deductionPoints"], Is.Null);
        });
    }

    [Test]
    public async Task CP3_an_unfounded_finding_that_names_a_penalty_is_400()
    {
        var complaint = await RegisterComplaint();
        await DoOn(complaint, "investigate", role: Roles.Dispatcher);

        var response = await ActOn(complaint, "verify", new { verified = false, findings = "No ground", penalty = 100.00m }, Roles.TeamLead);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["penalty"], Is.Not.Null);
    }

    [Test]
    public async Task CP3_dispatchers_do_not_verify_complaints()
    {
        var complaint = await RegisterComplaint();
        await DoOn(complaint, "investigate", role: Roles.Dispatcher);

        var response = await ActOn(complaint, "verify", new { verified = true, findings = "x", penalty = 100.00m, responsibleTechnicianId = TechnicianId }, Roles.Dispatcher);

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task X2_a_complaint_has_an_etag_and_a_stale_if_match_is_412()
    {
        var complaint = await RegisterComplaint();
        var manager = await As(Roles.Manager);
        var read = await manager.GetAsync($"/api/v1/complaints/{complaint["id"]}");
        var etag = read.Headers.ETag!.Tag;
        await DoOn(complaint, "investigate", role: Roles.Dispatcher);
        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/complaints/{complaint["id"]}/escalate")
        {
            Content = JsonContent.Create(new { directorName = "Amy Chen" }),
        };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);

        var response = await manager.SendAsync(stale);

        Assert.That(etag, Is.EqualTo($"\"{complaint["version"]}\""));
        await response.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
    }

    [TestCase("/api/v1/complaints/{id}/verify")]
    [TestCase("/api/v1/complaints/{id}/appeals/{appealId}/decide")]
    public async Task X2_complaint_actions_document_if_match_and_idempotency_keys(string path)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;

        var headers = document["paths"]![path]!["post"]!["parameters"]!.AsArray()
            .Where(parameter => parameter!["in"]!.GetValue<string>() == "header")
            .Select(parameter => parameter!["name"]!.GetValue<string>());

        Assert.That(headers, Is.EquivalentTo(new[] { "If-Match", "Idempotency-Key" }));
    }

    [Test]
    public async Task X3_a_retried_registration_with_the_same_key_creates_one_complaint()
    {
        var dispatcher = await As(Roles.Dispatcher);
        var body = new
        {
            customerId = CustomerId,
            channel = "Phone",
            description = "Leak",
            category = "Quality",
            severity = "General",
            promisedResponseBy = "2026-11-17T10:00:00+08:00",
        };

        HttpRequestMessage Request() => new(HttpMethod.Post, "/api/v1/complaints") { Content = JsonContent.Create(body), Headers = { { "Idempotency-Key", "complaint-1" } } };
        using var first = Request();
        using var retry = Request();
        var created = await (await dispatcher.SendAsync(first)).ShouldBe(HttpStatusCode.Created);
        var replayed = await (await dispatcher.SendAsync(retry)).ShouldBe(HttpStatusCode.Created);

        var list = await (await dispatcher.GetAsync("/api/v1/complaints")).ShouldBe(HttpStatusCode.OK);
        Assert.That(replayed["id"]!.GetValue<Guid>(), Is.EqualTo(IdOf(created)));
        Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }

    private static int Sequence(System.Text.Json.Nodes.JsonNode complaint) =>
        int.Parse(complaint["number"]!.GetValue<string>()["CP-2026-".Length..], System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^CP-2026-[0-9]{6}$")]
    private static partial Regex ReadableNumber();
}
