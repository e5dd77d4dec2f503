using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

public sealed partial class LifecycleTests : WorkOrderTest
{
    [Test]
    public async Task WO1_registration_answers_201_with_a_readable_number_and_the_order()
    {
        var response = await RegisterResponse();

        var order = await response.ShouldBe(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(ReadableNumber().IsMatch(order["number"]!.GetValue<string>()), Is.True, order["number"]!.ToString());
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/work-orders/{order["id"]}"));
            Assert.That(order["status"]!.GetValue<string>(), Is.EqualTo("Registered"));
            Assert.That(order["channel"]!.GetValue<string>(), Is.EqualTo("Phone"));
            Assert.That(Instant(order["receivedAt"]), Is.EqualTo(ApiFactory.StartOfTests));
        });
    }

    [Test]
    public async Task WO1_fifty_parallel_registrations_get_fifty_distinct_numbers()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => RegisterResponse()));

        var numbers = new List<string>();
        foreach (var response in responses)
        {
            numbers.Add((await response.ShouldBe(HttpStatusCode.Created))["number"]!.GetValue<string>());
        }

        Assert.That(numbers.Distinct().Count(), Is.EqualTo(50));
        Assert.That(numbers, Has.All.Match(ReadableNumber()));
    }

    [Test]
    public async Task WO1_a_new_customer_and_machine_are_registered_with_the_order()
    {
        var dispatcher = await As(Roles.Dispatcher);

        var response = await dispatcher.PostAsJsonAsync("/api/v1/work-orders", new
        {
            customer = new { name = "Anji Bamboo Co-op", phone = "0572-77770003", address = "3 Dipu Town", zone = "Remote" },
            equipment = Machine("SAW-90", "SN-90-1203", "2024-01-10", "2025-01-10"),
            problemDescription = "Blade guard jammed",
            priority = "Urgent",
            channel = "WalkIn",
        });

        var order = await response.ShouldBe(HttpStatusCode.Created);
        var customer = await (await dispatcher.GetAsync($"/api/v1/customers/{order["customerId"]}")).ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(order["zone"]!.GetValue<string>(), Is.EqualTo("Remote"), "zone defaults from the customer");
            Assert.That(order["serviceType"]!.GetValue<string>(), Is.EqualTo("Paid"), "warranty ended in 2025");
            Assert.That(customer["equipment"]![0]!["id"]!.GetValue<Guid>(), Is.EqualTo(order["equipmentId"]!.GetValue<Guid>()));
        });
    }

    [Test]
    public async Task WO1_invalid_registrations_are_400_naming_the_fields()
    {
        var dispatcher = await As(Roles.Dispatcher);

        var response = await dispatcher.PostAsJsonAsync("/api/v1/work-orders", new { problemDescription = "", channel = "Fax" });

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        var missing = await dispatcher.PostAsJsonAsync("/api/v1/work-orders", new { problemDescription = "" });
        var problem = await missing.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.SupersetOf(new[] { "customerId", "equipmentId", "problemDescription", "priority", "channel" }));
    }

    [Test]
    public async Task WO1_an_order_received_in_the_future_is_refused()
    {
        var response = await RegisterResponse(receivedAt: "2026-11-16T11:00:00+08:00");

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "WO-1");
    }

    [TestCase("2026-11-16T10:00:00+08:00", null, "Warranty", TestName = "CU2_an_order_for_a_machine_under_warranty_is_warranty_work")]
    [TestCase("2026-11-16T10:00:00+08:00", "Paid", "Paid", TestName = "CU2_an_explicit_service_type_wins")]
    public async Task CU2_service_type_defaults_from_the_machine_on_the_received_date(string receivedAt, string? requested, string expected)
    {
        var order = await Register(receivedAt: receivedAt, serviceType: requested);

        Assert.That(order["serviceType"]!.GetValue<string>(), Is.EqualTo(expected));
    }

    [Test]
    public async Task CU2_after_the_warranty_a_machine_under_contract_is_contract_work()
    {
        // Warranty ends 2027-06-01, contract 2028-06-01.
        Factory.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 2, 1, 0, 0, TimeSpan.Zero));

        var order = await Register();

        Assert.That(order["serviceType"]!.GetValue<string>(), Is.EqualTo("Contract"));
    }

    [Test]
    public async Task WO2_assignment_to_an_active_technician_keeps_the_history_and_reassignment_needs_a_reason()
    {
        var order = await Register();
        var other = await HireTechnician("T-0043");

        var assigned = await Do(order, "assign", new { technicianId = TechnicianId }, Roles.Dispatcher);
        var withoutReason = await Act(order, "assign", new { technicianId = other["id"]!.GetValue<Guid>() }, Roles.Dispatcher);
        var reassigned = await Do(order, "assign", new { technicianId = other["id"]!.GetValue<Guid>(), reason = "T-0042 is stuck on site" }, Roles.Dispatcher);

        await withoutReason.ShouldBeProblem(HttpStatusCode.Conflict, "WO-2");
        Assert.Multiple(() =>
        {
            Assert.That(assigned["status"]!.GetValue<string>(), Is.EqualTo("Assigned"));
            Assert.That(reassigned["technicianId"]!.GetValue<Guid>(), Is.EqualTo(other["id"]!.GetValue<Guid>()));
            Assert.That(reassigned["assignments"]!.AsArray().Select(a => a!["reason"]?.GetValue<string>()), Is.EqualTo(new[] { null, "T-0042 is stuck on site" }));
            Assert.That(reassigned["assignments"]![1]!["assignedBy"]!.GetValue<string>(), Is.EqualTo("dispatcher.user"));
        });
    }

    [Test]
    public async Task TE2_assignment_to_a_technician_on_leave_is_refused_naming_the_status()
    {
        var order = await Register();
        var manager = await As(Roles.Manager);
        await (await manager.PostAsync($"/api/v1/technicians/{TechnicianId}/leave", null)).ShouldBe(HttpStatusCode.OK);

        var response = await Act(order, "assign", new { technicianId = TechnicianId }, Roles.Dispatcher);

        var problem = await response.ShouldBeProblem(HttpStatusCode.Conflict, "TE-2");
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo("TE-2: technician T-0042 is OnLeave"));
    }

    [Test]
    public async Task WO3_the_dispatch_queue_puts_carried_over_orders_first_then_urgent_then_oldest()
    {
        var yesterdayNormal = await Register(receivedAt: "2026-11-13T09:00:00+08:00", priority: "Normal");
        var yesterdayUrgent = await Register(receivedAt: "2026-11-13T15:00:00+08:00", priority: "Urgent");
        var todayNormalEarly = await Register(receivedAt: "2026-11-16T08:40:00+08:00", priority: "Normal");
        var todayUrgentLate = await Register(receivedAt: "2026-11-16T09:50:00+08:00", priority: "Urgent");
        var dispatched = await Register(receivedAt: "2026-11-12T09:00:00+08:00", priority: "Urgent");
        await Do(dispatched, "assign", new { technicianId = TechnicianId });
        var dispatcher = await As(Roles.Dispatcher);

        var queue = await (await dispatcher.GetAsync("/api/v1/work-orders/dispatch-queue")).ShouldBe(HttpStatusCode.OK);

        Assert.That(queue["items"]!.AsArray().Select(o => o!["id"]!.GetValue<Guid>()), Is.EqualTo(new[]
        {
            yesterdayUrgent["id"]!.GetValue<Guid>(),
            yesterdayNormal["id"]!.GetValue<Guid>(),
            todayUrgentLate["id"]!.GetValue<Guid>(),
            todayNormalEarly["id"]!.GetValue<Guid>(),
        }));
    }

    [Test]
    public async Task WO4_shipping_parts_needs_the_fitting_advice_recorded()
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });

        var refused = await Act(order, "plan", new { method = "ShipParts" }, Roles.Technician);
        var accepted = await Act(order, "plan", new { method = "ShipParts", customerAdvisedOnFitting = true, note = "Told how to fit; wrong fitting at customer's cost" }, Roles.Technician);

        await refused.ShouldBeProblem(HttpStatusCode.Conflict, "WO-4");
        Assert.That((await accepted.ShouldBe(HttpStatusCode.OK))["method"]!.GetValue<string>(), Is.EqualTo("ShipParts"));
    }

    [Test]
    public async Task WO4_the_method_can_change_until_work_starts()
    {
        var order = await OnSiteInProgress();

        var response = await Act(order, "plan", new { method = "PhoneGuidance" }, Roles.Technician);

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "WO-4");
    }

    [TestCase(30, false, TestName = "WO5_arriving_30_minutes_after_the_window_opens_is_on_time")]
    [TestCase(31, true, TestName = "WO5_arriving_31_minutes_after_the_window_opens_is_late")]
    public async Task WO5_late_arrival(int minutesAfterWindowStart, bool late)
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "plan", new { method = "OnSite" }, Roles.Technician);
        await Do(order, "contact", new { appointmentStart = "2026-11-16T14:00:00+08:00", appointmentEnd = "2026-11-16T16:00:00+08:00" }, Roles.Technician);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 17));

        var arrived = await Do(order, "arrive", new { at = Shanghai(2026, 11, 16, 14).AddMinutes(minutesAfterWindowStart) }, Roles.Technician);

        Assert.That(arrived["lateArrival"]!.GetValue<bool>(), Is.EqualTo(late));
    }

    [Test]
    public async Task WO9_an_on_site_order_is_resolved_only_with_the_customers_signature_file()
    {
        var order = await OnSiteInProgress();
        var technician = await AsAssignedTechnician();
        await Do(order, "time-entries", new { startedAt = "2026-11-16T14:10:00+08:00", minutes = 95, kind = "Paid" }, Roles.Technician);
        var photo = await technician.UploadAsync(SampleFiles.Jpeg(2048), "spindle-after.jpg");
        await Do(order, "photos", new { fileId = photo, caption = "Spindle after repair" }, Roles.Technician);
        var signature = await technician.UploadAsync(SampleFiles.Png(1024), "signature.png");
        var stillUploading = Uploads.IdOf(await (await technician.StartUploadAsync(SampleFiles.Png(1024), "signature.png")).ShouldBe(HttpStatusCode.Created));
        var someoneElses = await (await As(Roles.Dispatcher)).UploadAsync(SampleFiles.Png(1024), "signature.png");

        var unsigned = await Act(order, "resolve", new { summary = "Replaced spindle bearing" }, Roles.Technician);
        var noSignature = await Act(order, "resolve", new { summary = "Replaced spindle bearing", customerSignOff = new { name = "Mr Chen" } }, Roles.Technician);
        var unfinished = await Act(order, "resolve", new { summary = "Replaced spindle bearing", customerSignOff = new { name = "Mr Chen", signatureFileId = stillUploading } }, Roles.Technician);
        var notTheirs = await Act(order, "resolve", new { summary = "Replaced spindle bearing", customerSignOff = new { name = "Mr Chen", signatureFileId = someoneElses } }, Roles.Technician);
        var signed = await Act(order, "resolve", new { summary = "Replaced spindle bearing", customerSignOff = new { name = "Mr Chen", at = "2026-11-16T15:50:00+08:00", signatureFileId = signature } }, Roles.Technician);

        await unsigned.ShouldBeProblem(HttpStatusCode.Conflict, "WO-9");
        await noSignature.ShouldBeProblem(HttpStatusCode.Conflict, "WO-9");
        await unfinished.ShouldBeProblem(HttpStatusCode.Conflict, "X-6");
        Assert.That((await notTheirs.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]!["customerSignOff.signatureFileId"], Is.Not.Null, "a file only its uploader may attach");
        var resolved = await signed.ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(resolved["status"]!.GetValue<string>(), Is.EqualTo("Resolved"));
            Assert.That(resolved["customerSignOff"]!["name"]!.GetValue<string>(), Is.EqualTo("Mr Chen"));
            Assert.That(resolved["customerSignOff"]!["signatureFileId"]!.GetValue<Guid>(), Is.EqualTo(signature));
            Assert.That(resolved["timeEntries"]![0]!["minutes"]!.GetValue<int>(), Is.EqualTo(95));
            Assert.That(resolved["photos"]![0]!["fileId"]!.GetValue<Guid>(), Is.EqualTo(photo));
        });
    }

    [Test]
    public async Task WO10_a_workshop_order_records_the_carry_back_and_resolves_after_the_return()
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "contact", new { note = "Will collect the controller" }, Roles.Technician);
        await Do(order, "plan", new { method = "Workshop" }, Roles.Technician);
        await Do(order, "start", null, Roles.Technician);
        var carried = await Do(order, "carry-back", new
        {
            receiptNumber = "R-2026-0042",
            condition = "scratch on right door",
            accessoriesLeftWithCustomer = "power cable, remote",
            promisedReturnOn = "2026-11-20",
            loanerGiven = true,
        }, Roles.Technician);

        var signOff = await SignOff("Mr Chen");
        var early = await Act(order, "resolve", new { summary = "Board replaced", customerSignOff = signOff }, Roles.Technician);
        await Do(order, "workshop/inspection", new { passed = true }, Roles.TeamLead);
        await Do(order, "return-to-customer", new { signedBy = "Mr Chen" }, Roles.Technician);
        var resolved = await Do(order, "resolve", new { summary = "Board replaced", customerSignOff = signOff }, Roles.Technician);

        await early.ShouldBeProblem(HttpStatusCode.Conflict, "WO-10");
        Assert.Multiple(() =>
        {
            Assert.That(carried["workshop"]!["condition"]!.GetValue<string>(), Is.EqualTo("scratch on right door"));
            Assert.That(carried["workshop"]!["loanerGiven"]!.GetValue<bool>(), Is.True);
            Assert.That(resolved["workshop"]!["returnSignedBy"]!.GetValue<string>(), Is.EqualTo("Mr Chen"));
            Assert.That(resolved["status"]!.GetValue<string>(), Is.EqualTo("Resolved"));
        });
    }

    [Test]
    public async Task WO12_paid_work_starts_only_after_the_customer_accepted_a_quote()
    {
        var order = await Register(serviceType: "Paid");
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "contact", new { note = "Called" }, Roles.Technician);
        await Do(order, "plan", new { method = "PhoneGuidance" }, Roles.Technician);

        var unquoted = await Act(order, "start", null, Roles.Technician);
        var quoted = await Do(order, "quote", await QuoteOf(300m, "Mr Chen", ("P-1", 1, 180.50m)), Roles.Technician);
        var started = await Act(order, "start", null, Roles.Technician);

        await unquoted.ShouldBeProblem(HttpStatusCode.Conflict, "WO-12");
        await started.ShouldBe(HttpStatusCode.OK);
        Assert.That(quoted["quote"]!["total"]!.GetValue<decimal>(), Is.EqualTo(480.50m), "1 h × 300.00 + 1 × 180.50");
    }

    [Test]
    public async Task WO13_a_satisfied_follow_up_closes_and_an_unsatisfied_one_returns_the_order_to_its_technician()
    {
        var first = await ResolvedByPhone();
        var second = await ResolvedByPhone();
        var survey = new { attitude = 4, skill = 3, punctuality = 4, promiseKeeping = 3 };

        var closed = await Do(first, "follow-up", new { satisfied = true, survey, comments = "Quick and polite" }, Roles.Dispatcher);
        var reopened = await Do(second, "follow-up", new { satisfied = false, survey = survey with { skill = 1 }, comments = "Still vibrates" }, Roles.Dispatcher);

        Assert.Multiple(() =>
        {
            Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("Closed"));
            Assert.That(closed["followUp"]!["survey"]!["skill"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(reopened["status"]!.GetValue<string>(), Is.EqualTo("Assigned"));
            Assert.That(reopened["technicianId"]!.GetValue<Guid>(), Is.EqualTo(TechnicianId));
            Assert.That(reopened["reopenCount"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [TestCase(0)]
    [TestCase(5)]
    public async Task WO13_survey_answers_outside_1_to_4_are_400(int answer)
    {
        var order = await ResolvedByPhone();

        var response = await Act(order, "follow-up", new { satisfied = true, survey = new { attitude = answer, skill = 3, punctuality = 3, promiseKeeping = 3 } }, Roles.Dispatcher);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["survey.attitude"], Is.Not.Null);
    }

    [Test]
    public async Task WO13_a_closed_order_reopens_within_30_days_and_not_after()
    {
        var recent = await ResolvedByPhone();
        var old = await ResolvedByPhone();
        var survey = new { attitude = 4, skill = 4, punctuality = 4, promiseKeeping = 4 };
        await Do(recent, "follow-up", new { satisfied = true, survey }, Roles.Dispatcher);
        await Do(old, "follow-up", new { satisfied = true, survey }, Roles.Dispatcher);
        var closedAt = Factory.Clock.GetUtcNow();

        Factory.Clock.SetUtcNow(closedAt.AddDays(30));
        var reopened = await Act(recent, "reopen", new { reason = "Vibration is back" }, Roles.Dispatcher);
        Factory.Clock.SetUtcNow(closedAt.AddDays(31));
        var tooLate = await Act(old, "reopen", new { reason = "Vibration is back" }, Roles.Dispatcher);

        Assert.That((await reopened.ShouldBe(HttpStatusCode.OK))["status"]!.GetValue<string>(), Is.EqualTo("Assigned"));
        await tooLate.ShouldBeProblem(HttpStatusCode.Conflict, "WO-13");
    }

    [Test]
    public async Task An_order_is_cancelled_before_work_starts_and_not_after()
    {
        var waiting = await Register();
        var started = await OnSiteInProgress();

        var cancelled = await Do(waiting, "cancel", new { reason = "Customer fixed it himself" }, Roles.Dispatcher);
        var refused = await Act(started, "cancel", new { reason = "Too late" }, Roles.Dispatcher);

        Assert.That(cancelled["status"]!.GetValue<string>(), Is.EqualTo("Cancelled"));
        Assert.That((await Sla(waiting, "dispatch"))["state"]!.GetValue<string>(), Is.EqualTo("NotApplicable"));
        await refused.ShouldBeProblem(HttpStatusCode.Conflict, "WO-1");
    }

    [Test]
    public async Task An_action_in_the_wrong_state_is_409_naming_the_rule_and_an_unknown_order_is_404()
    {
        var order = await Register();

        var resolve = await Act(order, "resolve", new { summary = "Nothing to do" });
        var unknown = await (await As(Roles.Manager)).PostAsJsonAsync($"/api/v1/work-orders/{Guid.NewGuid()}/start", new { });

        var problem = await resolve.ShouldBeProblem(HttpStatusCode.Conflict, "WO-9");
        Assert.That(problem["detail"]!.GetValue<string>(), Does.EndWith("while it is Registered"));
        await unknown.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> ResolvedByPhone()
    {
        var order = await Register();
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "contact", new { note = "Called" }, Roles.Technician);
        await Do(order, "plan", new { method = "PhoneGuidance" }, Roles.Technician);
        await Do(order, "start", null, Roles.Technician);
        return await Do(order, "resolve", new { summary = "Talked the operator through recalibration" }, Roles.Technician);
    }

    [GeneratedRegex("^WO-2026-[0-9]{6}$")]
    private static partial Regex ReadableNumber();
}
