using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Api.Tests.WorkOrders;
using AfterSales.Application.Security;
using AfterSales.Infrastructure.WorkOrders;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Inquiries;

/// <summary>IQ-1 through HTTP on the default [Sla:Inquiry] numbers, for <see cref="WorkOrderTest"/>'s customer and machine.</summary>
public sealed class InquiryTests : WorkOrderTest
{
    [Test]
    public async Task IQ1_a_phone_inquiry_received_friday_1715_is_due_monday_0845()
    {
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 13, 17, 15));

        var inquiry = await RegisterInquiry("Phone");

        Assert.Multiple(() =>
        {
            Assert.That(inquiry["number"]!.GetValue<string>(), Does.Match(@"^IQ-2026-\d{6}$"));
            Assert.That(inquiry["status"]!.GetValue<string>(), Is.EqualTo("Open"));
            Assert.That(Instant(inquiry["firstResponse"]!["deadline"]), Is.EqualTo(Shanghai(2026, 3, 16, 8, 45)), "15 working minutes on Friday, 15 on Monday");
            Assert.That(inquiry["firstResponse"]!["state"]!.GetValue<string>(), Is.EqualTo("Pending"));
            Assert.That(inquiry["lateFirstResponse"]!.GetValue<bool>(), Is.False);
        });
    }

    [Test]
    public async Task IQ1_an_email_inquiry_is_due_two_working_hours_later_on_the_next_working_day()
    {
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 13, 16));
        var atFour = await RegisterInquiry("Email");
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 13, 16, 30));
        var atHalfPastFour = await RegisterInquiry("WebForm");

        Assert.That(Instant(atFour["firstResponse"]!["deadline"]), Is.EqualTo(Shanghai(2026, 3, 16, 9)), "90 minutes on Friday, 30 on Monday");
        Assert.That(Instant(atHalfPastFour["firstResponse"]!["deadline"]), Is.EqualTo(Shanghai(2026, 3, 16, 9, 30)), "60 minutes on Friday, 60 on Monday");
    }

    [Test]
    public async Task IQ1_late_first_responses_are_listed_and_the_sweep_breaches_an_unanswered_one()
    {
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 16, 10));
        var answeredLate = await RegisterInquiry("Phone");
        var unanswered = await RegisterInquiry("Phone");
        var inTime = await RegisterInquiry("Phone");
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 16, 10, 20));
        await DoOnInquiry(inTime, "respond", new { note = "Price list sent by SMS" });
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 16, 10, 45));
        var responded = await DoOnInquiry(answeredLate, "respond", new { note = "Sorry for the wait: 4,800.00" });

        var swept = await Factory.Services.GetRequiredService<SlaSweeper>().SweepOnceAsync(CancellationToken.None);
        var sweptAgain = await Factory.Services.GetRequiredService<SlaSweeper>().SweepOnceAsync(CancellationToken.None);
        var dispatcher = await As(Roles.Dispatcher);
        var late = await (await dispatcher.GetAsync("/api/v1/inquiries?lateFirstResponse=true")).ShouldBe(HttpStatusCode.OK);
        var notLate = await (await dispatcher.GetAsync("/api/v1/inquiries?lateFirstResponse=false")).ShouldBe(HttpStatusCode.OK);
        var sweptOne = await ReadInquiry(unanswered);

        Assert.Multiple(() =>
        {
            Assert.That(responded["firstResponse"]!["state"]!.GetValue<string>(), Is.EqualTo("Breached"), "answered 15 minutes after 10:30");
            Assert.That(swept, Is.EqualTo(new SlaSweepResult(0, 1, 0)), "the unanswered one");
            Assert.That(sweptAgain, Is.EqualTo(SlaSweepResult.None), "WO-8: recorded once");
            Assert.That(sweptOne["firstResponse"]!["state"]!.GetValue<string>(), Is.EqualTo("Breached"));
            Assert.That(Ids(late), Is.EquivalentTo(new[] { IdOf(answeredLate), IdOf(unanswered) }));
            Assert.That(Ids(notLate), Is.EqualTo(new[] { IdOf(inTime) }));
        });
    }

    [Test]
    public async Task IQ1_an_inquiry_turned_into_a_work_order_is_linked_both_ways()
    {
        var inquiry = await RegisterInquiry("Phone", kind: "HowTo");
        Factory.Clock.Advance(TimeSpan.FromMinutes(10));

        var converted = await DoOnInquiry(inquiry, "convert-to-work-order", new
        {
            equipmentId = EquipmentId,
            problemDescription = "Not a setting after all: the spindle vibrates above 3000 rpm",
            priority = "Normal",
        });
        var dispatcher = await As(Roles.Dispatcher);
        var order = await (await dispatcher.GetAsync($"/api/v1/work-orders/{converted["workOrderId"]}")).ShouldBe(HttpStatusCode.OK);
        var reread = await ReadInquiry(inquiry);

        Assert.Multiple(() =>
        {
            Assert.That(converted["status"]!.GetValue<string>(), Is.EqualTo("ConvertedToWorkOrder"));
            Assert.That(converted["firstResponse"]!["state"]!.GetValue<string>(), Is.EqualTo("Met"), "converting is a response");
            Assert.That(converted["workOrderNumber"]!.GetValue<string>(), Is.EqualTo(order["number"]!.GetValue<string>()));
            Assert.That(order["number"]!.GetValue<string>(), Does.Match(@"^WO-2026-\d{6}$"));
            Assert.That(order["inquiryId"]!.GetValue<Guid>(), Is.EqualTo(IdOf(inquiry)));
            Assert.That(order["channel"]!.GetValue<string>(), Is.EqualTo("Phone"), "the inquiry's channel");
            Assert.That(order["customerId"]!.GetValue<Guid>(), Is.EqualTo(Customer["id"]!.GetValue<Guid>()), "the inquiry's customer");
            Assert.That(order["status"]!.GetValue<string>(), Is.EqualTo("Registered"));
            Assert.That(reread["workOrderId"]!.GetValue<Guid>(), Is.EqualTo(IdOf(order)));
        });
    }

    [Test]
    public async Task IQ1_an_inquiry_turned_into_a_complaint_is_linked_both_ways()
    {
        var inquiry = await RegisterInquiry("WalkIn", kind: "Other");

        var converted = await DoOnInquiry(inquiry, "convert-to-complaint", new
        {
            description = "The technician did not come back as promised",
            category = "Timeliness",
            severity = "General",
            promisedResponseBy = Factory.Clock.GetUtcNow().AddDays(1),
        });
        var manager = await As(Roles.Manager);
        var complaint = await (await manager.GetAsync($"/api/v1/complaints/{converted["complaintId"]}")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(converted["status"]!.GetValue<string>(), Is.EqualTo("ConvertedToComplaint"));
            Assert.That(converted["complaintNumber"]!.GetValue<string>(), Does.Match(@"^CP-2026-\d{6}$"));
            Assert.That(complaint["inquiryId"]!.GetValue<Guid>(), Is.EqualTo(IdOf(inquiry)));
            Assert.That(complaint["channel"]!.GetValue<string>(), Is.EqualTo("WalkIn"));
            Assert.That(complaint["customerId"]!.GetValue<Guid>(), Is.EqualTo(Customer["id"]!.GetValue<Guid>()));
        });
    }

    [Test]
    public async Task IQ1_a_closed_inquiry_refuses_further_actions_and_nothing_is_registered()
    {
        var inquiry = await RegisterInquiry("Phone");
        var answered = await DoOnInquiry(inquiry, "answer", new { answer = "Yes, we service that model" });
        var manager = await As(Roles.Manager);
        var ordersBefore = (await (await manager.GetAsync("/api/v1/work-orders")).ShouldBe(HttpStatusCode.OK))["items"]!.AsArray().Count;

        var respond = await ActOnInquiry(inquiry, "respond", new { note = "again" });
        var convert = await ActOnInquiry(inquiry, "convert-to-work-order", new { equipmentId = EquipmentId, problemDescription = "Leak", priority = "Normal" });
        var ordersAfter = (await (await manager.GetAsync("/api/v1/work-orders")).ShouldBe(HttpStatusCode.OK))["items"]!.AsArray().Count;

        Assert.That(answered["status"]!.GetValue<string>(), Is.EqualTo("Answered"));
        await respond.ShouldBeProblem(HttpStatusCode.Conflict, "IQ-1");
        await convert.ShouldBeProblem(HttpStatusCode.Conflict, "IQ-1");
        Assert.That(ordersAfter, Is.EqualTo(ordersBefore), "the refused conversion registered no work order");
    }

    [Test]
    public async Task IQ1_a_callers_inquiry_is_found_by_number_and_converted_with_a_new_customer_card()
    {
        var dispatcher = await As(Roles.Dispatcher);
        var inquiry = await (await dispatcher.PostAsJsonAsync("/api/v1/inquiries", new
        {
            channel = "Phone",
            caller = new { name = "Li Lei", phone = "13900000000" },
            question = "Do you repair SK-200 lathes?",
            kind = "Availability",
            promisedReplyBy = Factory.Clock.GetUtcNow().AddHours(2),
        })).ShouldBe(HttpStatusCode.Created);

        var found = await (await dispatcher.GetAsync($"/api/v1/inquiries/by-number/{inquiry["number"]!.GetValue<string>().ToLowerInvariant()}")).ShouldBe(HttpStatusCode.OK);
        var withoutCustomer = await ActOnInquiry(inquiry, "convert-to-work-order", new { equipmentId = EquipmentId, problemDescription = "Leak", priority = "Normal" });
        var converted = await DoOnInquiry(inquiry, "convert-to-work-order", new
        {
            customer = new { name = "Li Lei Machining", phone = "13900000000", address = "8 Songjiang Rd", zone = "Suburban" },
            equipment = new { model = "SK-200", serialNumber = "SK-77", purchaseDate = "2025-01-10", warrantyEndsOn = "2027-01-10" },
            problemDescription = "Tailstock will not lock",
            priority = "Urgent",
        });

        Assert.That(found["caller"]!["name"]!.GetValue<string>(), Is.EqualTo("Li Lei"));
        Assert.That(found["customerId"], Is.Null);
        await withoutCustomer.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(converted["workOrderId"], Is.Not.Null);
    }

    [Test]
    public async Task IQ1_responses_carry_etags_and_a_stale_if_match_is_refused()
    {
        var inquiry = await RegisterInquiry("Phone");
        var dispatcher = await As(Roles.Dispatcher);
        var read = await dispatcher.GetAsync($"/api/v1/inquiries/{inquiry["id"]}");
        var etag = read.Headers.ETag!;
        await DoOnInquiry(inquiry, "respond", new { note = "Looking into it" });

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/inquiries/{inquiry["id"]}/answer") { Content = JsonContent.Create(new { answer = "In stock" }) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue(etag.Tag));
        var refused = await dispatcher.SendAsync(stale);

        await refused.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        Assert.That((await ReadInquiry(inquiry))["status"]!.GetValue<string>(), Is.EqualTo("Open"));
    }

    [Test]
    public async Task IQ1_working_days_with_fewer_than_two_collection_runs_are_listed()
    {
        // Friday 2026-03-13: two runs (e-mail and web form); Monday 16th one; Tuesday 17th none. The weekend is not worked.
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 17, 18));
        var dispatcher = await As(Roles.Dispatcher);
        foreach (var (channel, at) in new[] { ("Email", Shanghai(2026, 3, 13, 9)), ("WebForm", Shanghai(2026, 3, 13, 15)), ("Email", Shanghai(2026, 3, 16, 9)) })
        {
            await (await dispatcher.PostAsJsonAsync("/api/v1/inquiries/collection-runs", new { channel, at })).ShouldBe(HttpStatusCode.OK);
        }

        var phoneRun = await dispatcher.PostAsJsonAsync("/api/v1/inquiries/collection-runs", new { channel = "Phone" });
        var days = await (await dispatcher.GetAsync("/api/v1/inquiries/collection-runs/short-days?from=2026-03-13&to=2026-03-17")).ShouldBe(HttpStatusCode.OK);

        await phoneRun.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(
            days.AsArray().Select(day => (day!["date"]!.GetValue<string>(), day["runs"]!.GetValue<int>(), day["required"]!.GetValue<int>())),
            Is.EqualTo(new[] { ("2026-03-16", 1, 2), ("2026-03-17", 0, 2) }));
    }

    [Test]
    public async Task IQ1_bad_input_is_refused_with_400_and_nothing_is_written()
    {
        var dispatcher = await As(Roles.Dispatcher);
        var noPromise = await dispatcher.PostAsJsonAsync("/api/v1/inquiries", new { channel = "Phone", customerId = Customer["id"], question = "Price?", kind = "Price" });
        var both = await dispatcher.PostAsJsonAsync("/api/v1/inquiries", new
        {
            channel = "Phone",
            customerId = Customer["id"],
            caller = new { name = "Li Lei", phone = "139" },
            question = "Price?",
            kind = "Price",
            promisedReplyBy = Factory.Clock.GetUtcNow().AddHours(1),
        });
        var unknownKind = await dispatcher.PostAsJsonAsync("/api/v1/inquiries", new
        {
            channel = "Phone",
            customerId = Customer["id"],
            question = "Price?",
            kind = "Gossip",
            promisedReplyBy = Factory.Clock.GetUtcNow().AddHours(1),
        });
        var future = await dispatcher.PostAsJsonAsync("/api/v1/inquiries", new
        {
            channel = "Phone",
            customerId = Customer["id"],
            question = "Price?",
            kind = "Price",
            promisedReplyBy = Factory.Clock.GetUtcNow().AddDays(2),
            receivedAt = Factory.Clock.GetUtcNow().AddHours(1),
        });
        var unknownCustomer = await dispatcher.PostAsJsonAsync("/api/v1/inquiries", new
        {
            channel = "Phone",
            customerId = Guid.NewGuid(),
            question = "Price?",
            kind = "Price",
            promisedReplyBy = Factory.Clock.GetUtcNow().AddHours(1),
        });
        var backwards = await dispatcher.GetAsync("/api/v1/inquiries/collection-runs/short-days?from=2026-03-17&to=2026-03-13");
        var list = await (await dispatcher.GetAsync("/api/v1/inquiries")).ShouldBe(HttpStatusCode.OK);

        await noPromise.ShouldBeProblem(HttpStatusCode.BadRequest);
        await both.ShouldBeProblem(HttpStatusCode.BadRequest);
        await unknownKind.ShouldBeProblem(HttpStatusCode.BadRequest);
        await future.ShouldBeProblem(HttpStatusCode.BadRequest);
        await unknownCustomer.ShouldBeProblem(HttpStatusCode.BadRequest);
        await backwards.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task IQ1_a_technician_has_no_access_to_the_desks_inquiries()
    {
        var inquiry = await RegisterInquiry("Phone");
        var technician = await AsAssignedTechnician();

        var read = await technician.GetAsync($"/api/v1/inquiries/{inquiry["id"]}");
        var register = await technician.PostAsJsonAsync("/api/v1/inquiries", new { });

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(register.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<JsonNode> RegisterInquiry(string channel, string kind = "Price") =>
        await (await (await As(Roles.Dispatcher)).PostAsJsonAsync("/api/v1/inquiries", new
        {
            channel,
            customerId = Customer["id"]!.GetValue<Guid>(),
            question = "How much is a replacement spindle for the CNC-5000?",
            kind,
            promisedReplyBy = Factory.Clock.GetUtcNow().AddDays(1),
        })).ShouldBe(HttpStatusCode.Created);

    private async Task<HttpResponseMessage> ActOnInquiry(JsonNode inquiry, string action, object body) =>
        await (await As(Roles.Dispatcher)).PostAsJsonAsync($"/api/v1/inquiries/{inquiry["id"]}/{action}", body);

    private async Task<JsonNode> DoOnInquiry(JsonNode inquiry, string action, object body) =>
        await (await ActOnInquiry(inquiry, action, body)).ShouldBe(HttpStatusCode.OK);

    private async Task<JsonNode> ReadInquiry(JsonNode inquiry) =>
        await (await (await As(Roles.Dispatcher)).GetAsync($"/api/v1/inquiries/{inquiry["id"]}")).ShouldBe(HttpStatusCode.OK);

    private static Guid IdOf(JsonNode node) => node["id"]!.GetValue<Guid>();

    private static Guid[] Ids(JsonNode page) => [.. page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>())];
}
