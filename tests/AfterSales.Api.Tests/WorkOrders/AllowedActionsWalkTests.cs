using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using AfterSales.Application.WorkOrders;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>
/// WO-22: in every status, for each kind of caller, an order lists exactly the actions it accepts. Each listed action
/// is taken on an order just built into that status, with a canonical valid request, and must succeed; each unlisted
/// one is sent to the order as read and must be refused (403, 404 or 409) without changing it.
/// </summary>
public sealed class AllowedActionsWalkTests : WorkOrderTest
{
    private static readonly string[] Statuses = ["Registered", "Assigned", "Scheduled", "InProgress", "Resolved", "Closed", "Cancelled"];

    private static readonly string[] Callers = [Roles.Manager, Roles.Dispatcher, Roles.Finance, Roles.Technician];

    private static readonly DateTimeOffset Now = ApiFactory.StartOfTests;

    private Guid colleagueId;

    [SetUp]
    public async Task HireColleagueAsync() => colleagueId = (await HireTechnician("T-0043"))["id"]!.GetValue<Guid>();

    private static IEnumerable<TestCaseData> Walk() =>
        from caller in Callers
        from status in Statuses
        select new TestCaseData(caller, status).SetArgDisplayNames(caller, status);

    [TestCaseSource(nameof(Walk))]
    public async Task WO22_an_order_lists_exactly_the_actions_it_accepts(string caller, string status)
    {
        var client = caller == Roles.Technician ? await AsAssignedTechnician() : await As(caller);
        var order = await BuildAsync(status, Scenario.Default);
        var read = await client.GetAsync($"/api/v1/work-orders/{order.Id}");
        if (caller == Roles.Technician && status == "Registered")
        {
            // Nobody's order yet, so not the technician's to see (X-4).
            await read.ShouldBeProblem(HttpStatusCode.NotFound);
            return;
        }

        var representation = await read.ShouldBe(HttpStatusCode.OK);
        var listed = representation["allowedActions"]!.AsArray().Select(action => action!.GetValue<string>()).ToList();
        var version = read.Headers.ETag!.Tag;
        Assert.That(listed, Is.SubsetOf(WorkOrderActionAccess.All.Select(access => access.Name)));

        var wrong = new List<string>();
        foreach (var action in WorkOrderActionAccess.All.Select(access => access.Name))
        {
            if (listed.Contains(action))
            {
                var fresh = await BuildAsync(status, Scenario.For(action));
                var taken = await SendAsync(client, fresh, action);
                if (taken.StatusCode != HttpStatusCode.OK)
                {
                    wrong.Add($"{action} is listed but answered {(int)taken.StatusCode}: {await taken.Content.ReadAsStringAsync()}");
                }
            }
            else
            {
                var refused = await SendAsync(client, order, action);
                if (refused.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Conflict))
                {
                    wrong.Add($"{action} is not listed but answered {(int)refused.StatusCode}: {await refused.Content.ReadAsStringAsync()}");
                }
            }
        }

        var after = await (await As(Roles.Manager)).GetAsync($"/api/v1/work-orders/{order.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(wrong, Is.Empty, $"{caller} on a {status} order listed [{string.Join(", ", listed)}]");
            Assert.That(after.Headers.ETag!.Tag, Is.EqualTo(version), "a refused action changed the order");
        });
    }

    [Test]
    public async Task WO22_an_order_tells_each_caller_what_they_may_do_next()
    {
        var order = await BuildAsync("Scheduled", Scenario.For("arrive"));

        var technician = await AllowedAsync(await AsAssignedTechnician(), order);
        var dispatcher = await AllowedAsync(await As(Roles.Dispatcher), order);
        var finance = await AllowedAsync(await As(Roles.Finance), order);
        var warehouse = await AllowedAsync(await As(Roles.Warehouse), order);
        var hr = await AllowedAsync(await As(Roles.HR), order);

        Assert.Multiple(() =>
        {
            Assert.That(technician, Is.EqualTo(new[] { "contact", "plan", "arrive", "quote", "quotes/accept", "start", "time-entries", "photos", "parts", "payments", "promise", "reconfirm-visit" }));
            Assert.That(dispatcher, Is.EqualTo(new[] { "assign", "contact", "cancel", "promise" }));
            Assert.That(finance, Is.EqualTo(new[] { "parts/approve", "parts/waive-old-part", "payments", "payments/remit", "refunds" }));
            Assert.That(warehouse, Is.EqualTo(new[] { "parts/issue", "parts/returned-unused", "parts/old-part-returned" }));
            Assert.That(hr, Is.Empty);
        });
    }

    [Test]
    public async Task WO22_list_rows_and_the_dispatch_queue_list_what_the_order_itself_lists()
    {
        var scheduled = await BuildAsync("Scheduled", Scenario.For("arrive"));
        var registered = await BuildAsync("Registered", Scenario.Default);
        var dispatcher = await As(Roles.Dispatcher);

        foreach (var client in new[] { await AsAssignedTechnician(), dispatcher, await As(Roles.Finance), await As(Roles.Warehouse), await As(Roles.HR) })
        {
            Assert.That(await RowActionsAsync(client, "/api/v1/work-orders?status=Scheduled&pageSize=100", scheduled), Is.EqualTo(await AllowedAsync(client, scheduled)));
            Assert.That(await RowActionsAsync(client, "/api/v1/work-orders?status=Scheduled&cursor=", scheduled), Is.EqualTo(await AllowedAsync(client, scheduled)));
        }

        var queued = await RowActionsAsync(dispatcher, "/api/v1/work-orders/dispatch-queue?pageSize=100", registered);
        Assert.That(queued, Is.EqualTo(new[] { "assign", "cancel", "promise" }));
        Assert.That(queued, Is.EqualTo(await AllowedAsync(dispatcher, registered)));
    }

    private static async Task<IEnumerable<string>> RowActionsAsync(HttpClient client, string list, Built order) =>
        (await (await client.GetAsync(list)).ShouldBe(HttpStatusCode.OK))["items"]!.AsArray()
            .Single(row => row!["id"]!.GetValue<Guid>() == order.Id)!["allowedActions"]!
            .AsArray().Select(action => action!.GetValue<string>());

    private static async Task<IEnumerable<string>> AllowedAsync(HttpClient client, Built order) =>
        (await (await client.GetAsync($"/api/v1/work-orders/{order.Id}")).ShouldBe(HttpStatusCode.OK))["allowedActions"]!
            .AsArray().Select(action => action!.GetValue<string>());

    /// <summary>The canonical valid request of each action, on the order's own parts and payment where it acts on one.</summary>
    private Task<HttpResponseMessage> SendAsync(HttpClient client, Built order, string action)
    {
        var orderPath = $"/api/v1/work-orders/{order.Id}";
        return action switch
        {
            "assign" => client.PostAsJsonAsync($"{orderPath}/assign", new { technicianId = colleagueId, reason = "Closer to the site" }),
            // On a scheduled order the window moves (WO-20), so the request says why.
            "contact" => client.PostAsJsonAsync($"{orderPath}/contact", new { appointmentStart = Now.AddHours(1), appointmentEnd = Now.AddHours(3), note = "Called back", moveReason = "The customer asked for later" }),
            "plan" => client.PostAsJsonAsync($"{orderPath}/plan", new { method = "PhoneGuidance", note = "Talk them through it" }),
            "arrive" => client.PostAsJsonAsync($"{orderPath}/arrive", new { }),
            "quote" => client.PostAsJsonAsync($"{orderPath}/quote", QuoteOf(80.00m, "Chen Gong").Result),
            "start" => client.PostAsync($"{orderPath}/start", null),
            "time-entries" => client.PostAsJsonAsync($"{orderPath}/time-entries", new { startedAt = Now.AddMinutes(-30), minutes = 20, kind = "Free" }),
            "photos" => AddPhotoAsync(client, orderPath),
            "carry-back" => client.PostAsJsonAsync($"{orderPath}/carry-back", new { receiptNumber = "R-9", condition = "Scratched door", promisedReturnOn = "2026-11-20", loanerGiven = false }),
            "return-to-customer" => client.PostAsJsonAsync($"{orderPath}/return-to-customer", new { signedBy = "Chen Gong" }),
            "workshop/inspection" => client.PostAsJsonAsync($"{orderPath}/workshop/inspection", new { passed = true, note = "Runs clean" }),
            "reconfirm-visit" => client.PostAsync($"{orderPath}/reconfirm-visit", null),
            "resolve" => client.PostAsJsonAsync($"{orderPath}/resolve", new { summary = "Customer reset the drive as guided" }),
            "follow-up" => client.PostAsJsonAsync($"{orderPath}/follow-up", new { satisfied = true, survey = new { attitude = 4, skill = 4, punctuality = 4, promiseKeeping = 4 } }),
            "reopen" => client.PostAsJsonAsync($"{orderPath}/reopen", new { reason = "Vibrates again" }),
            "cancel" => client.PostAsJsonAsync($"{orderPath}/cancel", new { reason = "Customer fixed it" }),
            "parts" => client.PostAsJsonAsync($"{orderPath}/parts", new { partNumber = "F-1", name = "Fuse", quantity = 1, unitPrice = 20.00m, customerCaused = false }),
            "parts/approve" => client.PostAsync($"{orderPath}/parts/{order.PendingPart ?? Guid.NewGuid()}/approve", null),
            "parts/director-approval" => client.PostAsync($"{orderPath}/parts/{order.PendingPart ?? Guid.NewGuid()}/director-approval", null),
            "parts/issue" => client.PostAsync($"{orderPath}/parts/{order.PendingPart ?? Guid.NewGuid()}/issue", null),
            "parts/fit" => client.PostAsJsonAsync($"{orderPath}/parts/{order.OutstandingPart ?? Guid.NewGuid()}/fit", new { serialNumber = "SN-P-2" }),
            "parts/returned-unused" => client.PostAsync($"{orderPath}/parts/{order.OutstandingPart ?? Guid.NewGuid()}/returned-unused", null),
            "parts/old-part-returned" => client.PostAsync($"{orderPath}/parts/{order.OutstandingPart ?? Guid.NewGuid()}/old-part-returned", null),
            "parts/waive-old-part" => client.PostAsJsonAsync($"{orderPath}/parts/{order.OutstandingPart ?? Guid.NewGuid()}/waive-old-part", new { reason = "Scrapped on site" }),
            "payments" => client.PostAsJsonAsync($"{orderPath}/payments", new { amount = 1.00m, method = "Cash" }),
            "quotes/accept" => client.PostAsJsonAsync($"{orderPath}/quotes/{order.Proposal ?? 1}/accept", new { acceptedBy = "Chen Gong" }),
            "quotes/discount-approval" => client.PostAsync($"{orderPath}/quotes/{order.Proposal ?? 1}/discount-approval", null),
            "payments/remit" => client.PostAsync($"{orderPath}/payments/{order.Cash ?? Guid.NewGuid()}/remit", null),
            "refunds" => client.PostAsJsonAsync($"{orderPath}/refunds", new { amount = 1.00m, method = "Transfer", reference = "REF-1" }),
            "promise" => client.PostAsJsonAsync($"{orderPath}/promise", new { promisedResolutionAt = Now.AddDays(1), note = "By tomorrow" }),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "an action this walk has no request for"),
        };
    }

    /// <summary>WO-9 (r2): a photo is an image the caller uploaded first (X-6).</summary>
    private static async Task<HttpResponseMessage> AddPhotoAsync(HttpClient client, string orderPath) =>
        await client.PostAsJsonAsync($"{orderPath}/photos", new { fileId = await client.UploadAsync(SampleFiles.Jpeg(64), "pump.jpg"), caption = "Pump seal" });

    /// <summary>
    /// An order taken into <paramref name="status"/> the way the desk and the field would. From its assignment on it holds
    /// an issued chargeable part (so a balance is owed), an issued free part whose old part is still out, a part awaiting
    /// approval, and cash collected but not remitted. Closed, its issued parts were fitted; cancelled (or to be cancelled
    /// or closed by the action under test), they went back unused (WO-11 r2).
    /// </summary>
    private async Task<Built> BuildAsync(string status, Scenario scenario)
    {
        var order = await Register(serviceType: scenario.ServiceType);
        if (status == "Registered")
        {
            return new Built(order["id"]!.GetValue<Guid>(), null, null, null);
        }

        await Do(order, "assign", new { technicianId = TechnicianId });
        var charged = await RequestPartAsync(order, "B-1", 100.00m, customerCaused: true);
        await IssueAsync(order, charged);
        var outstanding = await RequestPartAsync(order, "P-2", 200.00m, customerCaused: false);
        await IssueAsync(order, outstanding);
        var pending = await RequestPartAsync(order, "P-3", 30.00m, customerCaused: false);
        // WO-11 (r2): the chargeable parts are billed, a payment taken against them and the order resolved, only under an accepted quote.
        await Do(
            order,
            "quote",
            scenario.ServiceType == "Paid"
                ? await QuoteOf(120.00m, "Chen Gong", ("B-1", 1, 100.00m), ("P-2", 1, 200.00m))
                : await QuoteOf(0.00m, "Chen Gong", ("B-1", 1, 100.00m)),
            Roles.Technician);

        var paid = await Do(order, "payments", new { amount = 10.00m, method = "Cash" }, Roles.Technician);
        if (scenario.PartsBackUnused || status == "Cancelled")
        {
            // WO-11 (r2): an order cannot be cancelled or closed while parts it was issued are out unfitted.
            await Do(order, $"parts/{charged}/returned-unused", role: Roles.Warehouse);
            await Do(order, $"parts/{outstanding}/returned-unused", role: Roles.Warehouse);
        }

        var built = new Built(order["id"]!.GetValue<Guid>(), pending, outstanding, paid["payments"]!.AsArray()[0]!["id"]!.GetValue<Guid>());
        switch (status)
        {
            case "Assigned":
                return scenario.ProposedDiscount is { } discount ? built with { Proposal = await ProposeAsync(order, discount) } : built;
            case "Cancelled":
                await Do(order, "cancel", new { reason = "Withdrawn by the customer" });
                return built;
        }

        await Do(order, "contact", new { appointmentStart = Now.AddMinutes(30), appointmentEnd = Now.AddHours(2) }, Roles.Technician);

        await Do(order, "plan", new { method = scenario.Method }, Roles.Technician);
        if (status == "Scheduled")
        {
            if (scenario.ProposedDiscount is { } discount)
            {
                return built with { Proposal = await ProposeAsync(order, discount) };
            }

            return built;
        }

        if (scenario.Method == "OnSite")
        {
            await Do(order, "arrive", new { }, Roles.Technician);
        }

        await Do(order, "start", role: Roles.Technician);
        if (status == "InProgress")
        {
            if (scenario.ProposedDiscount is { } discount)
            {
                return built with { Proposal = await ProposeAsync(order, discount) };
            }

            if (scenario.CarriedBack)
            {
                await CarryBackAsync(order);
            }

            if (scenario.Inspected)
            {
                await InspectAsync(order);
            }

            return built;
        }

        if (scenario.Method == "Workshop")
        {
            await CarryBackAsync(order);
            await InspectAsync(order);
            await Do(order, "return-to-customer", new { signedBy = "Chen Gong" }, Roles.Technician);
        }

        await Do(order, "resolve", new { summary = "Fixed", customerSignOff = scenario.Method == "PhoneGuidance" ? null : await SignOff("Chen Gong") }, Roles.Technician);
        if (status == "Resolved")
        {
            return built;
        }

        if (!scenario.PartsBackUnused)
        {
            await Do(order, $"parts/{charged}/fit", new { serialNumber = "SN-B-1" }, Roles.Technician);
            await Do(order, $"parts/{outstanding}/fit", new { serialNumber = "SN-P-2" }, Roles.Technician);
        }

        await Do(order, "follow-up", new { satisfied = true, survey = new { attitude = 4, skill = 4, punctuality = 4, promiseKeeping = 4 } });
        return built;
    }

    private async Task IssueAsync(JsonNode order, Guid part)
    {
        await Do(order, $"parts/{part}/approve", role: Roles.Finance);
        await Do(order, $"parts/{part}/issue", role: Roles.Warehouse);
    }

    private async Task<Guid> RequestPartAsync(JsonNode order, string partNumber, decimal unitPrice, bool customerCaused)
    {
        var requested = await Do(order, "parts", new { partNumber, name = "Spare " + partNumber, quantity = 1, unitPrice, customerCaused }, Roles.Technician);
        return requested["parts"]!.AsArray().Single(part => part!["partNumber"]!.GetValue<string>() == partNumber)!["id"]!.GetValue<Guid>();
    }

    private Task<JsonNode> CarryBackAsync(JsonNode order) =>
        Do(order, "carry-back", new { receiptNumber = "R-1", condition = "Dent on the housing", promisedReturnOn = "2026-11-20", loanerGiven = false }, Roles.Technician);

    /// <summary>WO-12 (r2): a version proposed, not accepted, its discount over the limit when above 10 %; returns its number.</summary>
    private async Task<int> ProposeAsync(JsonNode order, decimal discount)
    {
        var service = await RepairRated(120.00m);
        var proposed = await Do(order, "quote", new { labour = new[] { new { service, hours = 2m } }, discount = discount > 0 ? new { percent = discount, reason = "Long-standing customer" } : null }, Roles.Technician);
        return proposed["quotes"]!.AsArray().Count;
    }

    private Task<JsonNode> InspectAsync(JsonNode order) => Do(order, "workshop/inspection", new { passed = true, note = "Runs clean" });

    /// <summary>An order of the walk and the parts and payment its item actions act on.</summary>
    private sealed record Built(Guid Id, Guid? PendingPart, Guid? OutstandingPart, Guid? Cash, int? Proposal = null);

    /// <summary>How an order is taken along so that one action's canonical request is valid in the status it reaches.</summary>
    private sealed record Scenario(string? ServiceType, string Method, bool CarriedBack, bool Inspected = false, bool PartsBackUnused = false, decimal? ProposedDiscount = null)
    {
        public static readonly Scenario Default = new(null, "PhoneGuidance", false);

        public static Scenario For(string action) => action switch
        {
            "arrive" => Default with { Method = "OnSite" },
            "quote" => Default with { ServiceType = "Paid" },
            "quotes/accept" => Default with { ServiceType = "Paid", ProposedDiscount = 0m },
            "quotes/discount-approval" => Default with { ServiceType = "Paid", ProposedDiscount = 15m },
            "carry-back" => Default with { Method = "Workshop" },
            // With its parts back unused the 10.00 paid is owed back to the customer, so a refund has something to pay.
            "cancel" or "follow-up" or "refunds" => Default with { PartsBackUnused = true },
            "workshop/inspection" => Default with { Method = "Workshop", CarriedBack = true },
            "return-to-customer" => Default with { Method = "Workshop", CarriedBack = true, Inspected = true },
            _ => Default,
        };
    }
}
