using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Complaints;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Hardening;

/// <summary>
/// OWASP API1 (X-4): a technician cannot reach a colleague's work order, complaint or assessment by id, whatever
/// the operation, nor a team lead (r2) another team's work order. The operations come from the authorization matrix,
/// so a new technician or team-lead endpoint is covered here as soon as the matrix grants it. Not found rather than
/// forbidden: the id's existence is not disclosed.
/// </summary>
public sealed class TechnicianIsolationTests : ComplaintTest
{
    /// <summary>A body each technician action would accept on the technician's own order, so only ownership can refuse it.</summary>
    private static readonly Dictionary<string, object> ValidBodies = new()
    {
        ["contact"] = new { appointmentStart = "2026-11-16T14:00:00+08:00", appointmentEnd = "2026-11-16T16:00:00+08:00" },
        ["plan"] = new { method = "OnSite" },
        ["arrive"] = new { at = "2026-11-16T10:00:00+08:00" },
        ["quote"] = new { labour = new[] { new { service = "OnSiteRepair", hours = 1.5m } }, acceptedBy = "Mr Chen" },
        ["accept"] = new { acceptedBy = "Mr Chen" },
        ["start"] = new { },
        ["time-entries"] = new { startedAt = "2026-11-16T14:10:00+08:00", minutes = 95, kind = "Paid" },
        ["photos"] = new { fileId = Guid.NewGuid(), caption = "Spindle after repair" },
        ["carry-back"] = new { receiptNumber = "R-2026-0042", condition = "scratch on right door", promisedReturnOn = "2026-11-20", loanerGiven = false },
        ["return-to-customer"] = new { signedBy = "Mr Chen" },
        ["inspection"] = new { passed = true, note = "Runs clean" },
        ["reconfirm-visit"] = new { },
        ["promise"] = new { promisedResolutionAt = "2099-11-16T17:00:00+08:00", note = "Told Mr Chen by phone" },
        ["resolve"] = new { summary = "Board replaced", customerSignOff = new { name = "Mr Chen" } },
        ["parts"] = new { partNumber = "BRG-6205", name = "Spindle bearing", quantity = 1, unitPrice = 20m, customerCaused = false },
        ["fit"] = new { serialNumber = "SN-0001" },
        ["payments"] = new { amount = 10m, method = "Cash" },
        ["assign"] = new { technicianId = Guid.NewGuid(), reason = "Closer to the site" },
        ["follow-up"] = new { satisfied = true, survey = new { attitude = 4, skill = 4, punctuality = 4, promiseKeeping = 4 } },
        ["cancel"] = new { reason = "Duplicate" },
        ["reopen"] = new { reason = "Leaks again" },
    };

    private static IEnumerable<TestCaseData> TechnicianOperationsOnAWorkOrder() => OperationsOnAWorkOrderOf(Roles.Technician);

    private static IEnumerable<TestCaseData> TeamLeadOperationsOnAWorkOrder() => OperationsOnAWorkOrderOf(Roles.TeamLead);

    [TestCaseSource(nameof(TechnicianOperationsOnAWorkOrder))]
    public async Task X4_a_colleagues_work_order_is_not_found_and_left_unchanged(string operation)
    {
        var colleague = IdOf(await HireTechnician("T-0043"));
        var theirs = await Register();
        await Do(theirs, "assign", new { technicianId = colleague });
        var mine = await Register();
        await Do(mine, "assign", new { technicianId = TechnicianId });
        (theirs, mine) = (await WithPartFor(operation, theirs), await WithPartFor(operation, mine));
        var manager = await As(Roles.Manager);
        var before = (await manager.GetAsync($"/api/v1/work-orders/{theirs["id"]}")).Headers.ETag;
        var me = await AsAssignedTechnician();

        var onTheirs = await Send(me, operation, theirs);
        var onMine = await Send(me, operation, mine);

        await onTheirs.ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.That(onMine.StatusCode, Is.Not.EqualTo(HttpStatusCode.NotFound), "the same request on the technician's own order reaches it: " + await onMine.Content.ReadAsStringAsync());
        Assert.That((await manager.GetAsync($"/api/v1/work-orders/{theirs["id"]}")).Headers.ETag, Is.EqualTo(before));
    }

    [TestCaseSource(nameof(TeamLeadOperationsOnAWorkOrder))]
    public async Task X4_another_teams_work_order_is_not_found_by_a_team_lead_and_left_unchanged(string operation)
    {
        var west = IdOf(await HireTechnician("T-0051", "West"));
        var theirs = await Register();
        await Do(theirs, "assign", new { technicianId = west });
        var ours = await Register();
        await Do(ours, "assign", new { technicianId = TechnicianId });
        (theirs, ours) = (await WithPartFor(operation, theirs), await WithPartFor(operation, ours));
        var manager = await As(Roles.Manager);
        var before = (await manager.GetAsync($"/api/v1/work-orders/{theirs["id"]}")).Headers.ETag;
        var eastLead = await AsLeadOf("East");

        var onTheirs = await Send(eastLead, operation, theirs);
        var onOurs = await Send(eastLead, operation, ours);

        await onTheirs.ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.That(onOurs.StatusCode, Is.Not.EqualTo(HttpStatusCode.NotFound), "the same request on their own team's order reaches it: " + await onOurs.Content.ReadAsStringAsync());
        Assert.That((await manager.GetAsync($"/api/v1/work-orders/{theirs["id"]}")).Headers.ETag, Is.EqualTo(before));
    }

    [Test]
    public async Task X4_filtering_lists_by_a_colleague_shows_a_technician_nothing()
    {
        var colleague = IdOf(await HireTechnician("T-0043"));
        var order = await Register();
        await Do(order, "assign", new { technicianId = colleague });
        await RegisterComplaint(technicianId: colleague);
        await (await (await AsLeadOf("East")).PostAsJsonAsync("/api/v1/assessments", new { technicianId = colleague, month = "2026-10" })).ShouldBe(HttpStatusCode.Created);
        var me = await AsAssignedTechnician();
        var manager = await As(Roles.Manager);

        foreach (var list in new[] { "work-orders", "complaints", "assessments" })
        {
            var url = $"/api/v1/{list}?technicianId={colleague}";
            var seenByManager = await (await manager.GetAsync(url)).ShouldBe(HttpStatusCode.OK);
            var seenByMe = await (await me.GetAsync(url)).ShouldBe(HttpStatusCode.OK);

            Assert.That(seenByManager["items"]!.AsArray(), Has.Count.EqualTo(1), url);
            Assert.That(seenByMe["items"]!.AsArray(), Is.Empty, url);
        }
    }

    private static IEnumerable<TestCaseData> OperationsOnAWorkOrderOf(string role) =>
        from operation in AuthorizationMatrixTests.Allowed
        where operation.Key.Contains(" /api/v1/work-orders/{id}", StringComparison.Ordinal)
            && AuthorizationMatrixTests.RolesIn(operation.Value).Contains(role)
        select new TestCaseData(operation.Key).SetArgDisplayNames(operation.Key);

    /// <summary>An operation on one of the order's parts (WO-11) needs a part to act on: one is requested first.</summary>
    private async Task<JsonNode> WithPartFor(string operation, JsonNode order) =>
        operation.Contains("{partId}", StringComparison.Ordinal) ? await Do(order, "parts", ValidBodies["parts"]) : order;

    private static async Task<HttpResponseMessage> Send(HttpClient client, string operation, JsonNode order)
    {
        var method = operation[..operation.IndexOf(' ')];
        var path = operation[(method.Length + 1)..].Replace("{id}", IdOf(order).ToString(), StringComparison.Ordinal).Replace("{number}", "1", StringComparison.Ordinal);
        if (order["parts"]?.AsArray() is [{ } part, ..])
        {
            path = path.Replace("{partId}", part["id"]!.GetValue<Guid>().ToString(), StringComparison.Ordinal);
        }

        if (method == "GET")
        {
            return await client.GetAsync(path);
        }

        var action = path[(path.LastIndexOf('/') + 1)..];
        Assert.That(ValidBodies.TryGetValue(action, out var body), Is.True, $"give {operation} a valid body in {nameof(ValidBodies)}");
        return await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(body) });
    }
}
