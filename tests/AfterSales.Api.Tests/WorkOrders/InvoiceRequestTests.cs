using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>
/// WO-12 (r2): paid work raises an invoice request to Finance on the day of service (workshop: the return day); one not
/// issued within 2 working days is listed. The clock starts Monday 16 November 2026, 10:00 in Shanghai.
/// </summary>
public sealed class InvoiceRequestTests : WorkOrderTest
{
    [Test]
    public async Task WO12_paid_work_raises_an_invoice_request_on_the_day_of_service()
    {
        var order = await InProgress("Paid", labour: 300.00m);

        await Resolve(order);

        var list = await List();
        Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
        var listed = list["items"]![0]!;
        var finance = await As(Roles.Finance);
        var response = await finance.GetAsync($"/api/v1/invoice-requests/{listed["id"]}");
        var request = await response.ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.ETag, Is.Not.Null);
            Assert.That(request["number"]!.GetValue<string>(), Does.Match(@"^IR-2026-\d{6}$"));
            Assert.That(request["source"]!.GetValue<string>(), Is.EqualTo("WorkOrder"));
            Assert.That(request["sourceId"]!.GetValue<Guid>(), Is.EqualTo(order["id"]!.GetValue<Guid>()));
            Assert.That(request["sourceNumber"]!.GetValue<string>(), Is.EqualTo(order["number"]!.GetValue<string>()));
            Assert.That(request["customerId"]!.GetValue<Guid>(), Is.EqualTo(Customer["id"]!.GetValue<Guid>()));

            // One hour of labour at 300.00, no parts, no discount: 300.00.
            Assert.That(request["amount"]!.GetValue<decimal>(), Is.EqualTo(300.00m));

            // Resolved Monday 16 November; Tuesday 17 (1), Wednesday 18 (2).
            Assert.That(request["serviceOn"]!.GetValue<string>(), Is.EqualTo("2026-11-16"));
            Assert.That(request["dueOn"]!.GetValue<string>(), Is.EqualTo("2026-11-18"));
            Assert.That(request["status"]!.GetValue<string>(), Is.EqualTo("Requested"));
            Assert.That(request["late"]!.GetValue<bool>(), Is.False);
            Assert.That(request["ageWorkingDays"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(listed["number"]!.GetValue<string>(), Is.EqualTo(request["number"]!.GetValue<string>()));
            Assert.That(listed["amount"]!.GetValue<decimal>(), Is.EqualTo(300.00m));
        });
    }

    [Test]
    public async Task WO12_workshop_work_is_invoiced_on_the_return_day()
    {
        var order = await Register(serviceType: "Paid");
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "contact", new { note = "Will collect the controller" });
        await Do(order, "plan", new { method = "Workshop" });
        await Do(order, "quote", await QuoteOf(450.00m, "Mr Chen"));
        await Do(order, "start", role: Roles.Technician);
        await Do(order, "carry-back", new { receiptNumber = "R-2026-0042", condition = "scratch on right door", promisedReturnOn = "2026-11-20", loanerGiven = false });
        await Do(order, "workshop/inspection", new { passed = true, note = "Runs clean" }, Roles.TeamLead);
        var beforeReturn = await List();

        // Returned Wednesday 18 November at 16:30; the order is resolved the following Monday.
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 18, 16, 30));
        await Do(order, "return-to-customer", new { signedBy = "Mr Chen" }, Roles.Technician);
        var onReturn = await List();
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 23, 9));
        await Do(order, "resolve", new { summary = "Controller board replaced", customerSignOff = await SignOff("Mr Chen") }, Roles.Technician);
        var afterResolution = await List();

        var request = afterResolution["items"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(beforeReturn["totalCount"]!.GetValue<int>(), Is.EqualTo(0), "not invoiced while the item is in the workshop");
            Assert.That(onReturn["totalCount"]!.GetValue<int>(), Is.EqualTo(1), "raised when the item went back");
            Assert.That(afterResolution["totalCount"]!.GetValue<int>(), Is.EqualTo(1), "the resolution raises no second request");
            Assert.That(request["id"]!.GetValue<Guid>(), Is.EqualTo(onReturn["items"]![0]!["id"]!.GetValue<Guid>()));

            // One hour at 450.00.
            Assert.That(request["amount"]!.GetValue<decimal>(), Is.EqualTo(450.00m));
            Assert.That(request["serviceOn"]!.GetValue<string>(), Is.EqualTo("2026-11-18"));

            // Thursday 19 (1), Friday 20 (2).
            Assert.That(request["dueOn"]!.GetValue<string>(), Is.EqualTo("2026-11-20"));

            // On Monday 23 November it is late: Thursday 19, Friday 20, Monday 23 are 3 working days after the return.
            Assert.That(request["late"]!.GetValue<bool>(), Is.True);
            Assert.That(request["ageWorkingDays"]!.GetValue<int>(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task WO12_an_invoice_request_not_issued_in_two_working_days_is_listed()
    {
        var order = await InProgress("Paid", labour: 300.00m);
        await Resolve(order);

        // Due Wednesday 18 November: on the due day it is not late, from Thursday 19 it is.
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 18, 23, 59));
        var onDueDay = await List("?notIssuedLate=true");
        var onDueDayOnTime = await List("?notIssuedLate=false");
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 19, 0, 0));
        var dayAfter = await List("?notIssuedLate=true");
        var dayAfterOnTime = await List("?notIssuedLate=false");
        var late = dayAfter["items"]![0]!;
        await Issue(late, "FP-20261119");
        var afterIssue = await List("?notIssuedLate=true");
        var issued = await List("?status=Issued");

        Assert.Multiple(() =>
        {
            Assert.That(onDueDay["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(onDueDayOnTime["items"]![0]!["late"]!.GetValue<bool>(), Is.False);
            Assert.That(dayAfter["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(dayAfterOnTime["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(late["sourceNumber"]!.GetValue<string>(), Is.EqualTo(order["number"]!.GetValue<string>()));
            Assert.That(late["late"]!.GetValue<bool>(), Is.True);

            // Tuesday 17, Wednesday 18, Thursday 19: 3 working days after Monday 16.
            Assert.That(late["ageWorkingDays"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(afterIssue["totalCount"]!.GetValue<int>(), Is.EqualTo(0), "issued, it leaves the list");
            Assert.That(issued["items"]![0]!["invoiceNumber"]!.GetValue<string>(), Is.EqualTo("FP-20261119"));
            Assert.That(issued["items"]![0]!["issuedOn"]!.GetValue<string>(), Is.EqualTo("2026-11-19"));
            Assert.That(issued["items"]![0]!["issuedBy"]!.GetValue<string>(), Is.EqualTo("finance.user"));
        });
    }

    [Test]
    public async Task WO12_finance_issues_an_invoice_once_and_an_invoice_number_is_recorded_once()
    {
        var first = await InProgress("Paid", labour: 300.00m);
        await Resolve(first);
        var second = await InProgress("Paid", labour: 300.00m);
        await Resolve(second);
        var requests = (await List())["items"]!.AsArray().Select(item => item!).ToList();
        var finance = await As(Roles.Finance);
        var manager = await As(Roles.Manager);

        var byManager = await manager.PostAsJsonAsync($"/api/v1/invoice-requests/{requests[0]["id"]}/issue", new { invoiceNumber = "FP-0001" });
        var future = await finance.PostAsJsonAsync($"/api/v1/invoice-requests/{requests[0]["id"]}/issue", new { invoiceNumber = "FP-0001", issuedOn = "2026-11-17" });
        var beforeService = await finance.PostAsJsonAsync($"/api/v1/invoice-requests/{requests[0]["id"]}/issue", new { invoiceNumber = "FP-0001", issuedOn = "2026-11-13" });
        var noNumber = await finance.PostAsJsonAsync($"/api/v1/invoice-requests/{requests[0]["id"]}/issue", new { invoiceNumber = "" });
        var issued = await Issue(requests[0], "FP-0001");
        var stale = await IssueResponse(requests[0], "FP-0002");
        var again = await finance.PostAsJsonAsync($"/api/v1/invoice-requests/{requests[0]["id"]}/issue", new { invoiceNumber = "FP-0003" });
        var duplicate = await finance.PostAsJsonAsync($"/api/v1/invoice-requests/{requests[1]["id"]}/issue", new { invoiceNumber = "fp-0001" });
        var unknown = await finance.PostAsJsonAsync($"/api/v1/invoice-requests/{Guid.NewGuid()}/issue", new { invoiceNumber = "FP-0004" });

        await byManager.ShouldBeProblem(HttpStatusCode.Forbidden);
        await future.ShouldBeProblem(HttpStatusCode.BadRequest);
        await beforeService.ShouldBeProblem(HttpStatusCode.Conflict, "WO-12");
        await noNumber.ShouldBeProblem(HttpStatusCode.BadRequest);
        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await again.ShouldBeProblem(HttpStatusCode.Conflict, "WO-12");
        var duplicateProblem = await duplicate.ShouldBeProblem(HttpStatusCode.Conflict, "WO-12");
        await unknown.ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Multiple(() =>
        {
            Assert.That(issued["status"]!.GetValue<string>(), Is.EqualTo("Issued"));
            Assert.That(issued["issuedOn"]!.GetValue<string>(), Is.EqualTo("2026-11-16"), "today, when no day is given");
            Assert.That(duplicateProblem["detail"]!.GetValue<string>(), Does.Contain("invoice number"));
        });
    }

    [Test]
    public async Task WO12_rework_before_the_invoice_is_issued_changes_the_amount_requested()
    {
        var order = await InProgress("Paid", labour: 300.00m);
        await Resolve(order);
        var first = (await List())["items"]![0]!;

        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 10));
        await Rework(order, labour: 450.00m);

        var after = await List();
        var request = after["items"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(after["totalCount"]!.GetValue<int>(), Is.EqualTo(1), "still one request waiting for Finance");
            Assert.That(request["id"]!.GetValue<Guid>(), Is.EqualTo(first["id"]!.GetValue<Guid>()));

            // The amended quote: one hour at 450.00.
            Assert.That(request["amount"]!.GetValue<decimal>(), Is.EqualTo(450.00m));
            Assert.That(request["serviceOn"]!.GetValue<string>(), Is.EqualTo("2026-11-16"), "Finance was asked on the first day of service");
            Assert.That(request["status"]!.GetValue<string>(), Is.EqualTo("Requested"));
        });
    }

    [Test]
    public async Task WO12_rework_after_the_invoice_was_issued_raises_a_request_for_the_difference()
    {
        var order = await InProgress("Paid", labour: 300.00m);
        await Resolve(order);
        await Issue((await List())["items"]![0]!, "FP-300");

        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 10));
        await Rework(order, labour: 450.00m);

        var requested = await List("?status=Requested");
        var issued = await List("?status=Issued");
        var difference = requested["items"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(issued["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(issued["items"]![0]!["amount"]!.GetValue<decimal>(), Is.EqualTo(300.00m), "an issued request is left as it was");
            Assert.That(requested["totalCount"]!.GetValue<int>(), Is.EqualTo(1));

            // Fee 450.00 after rework − 300.00 already invoiced = 150.00.
            Assert.That(difference["amount"]!.GetValue<decimal>(), Is.EqualTo(150.00m));

            // Resolved again on Tuesday 17 November: Wednesday 18 (1), Thursday 19 (2).
            Assert.That(difference["serviceOn"]!.GetValue<string>(), Is.EqualTo("2026-11-17"));
            Assert.That(difference["dueOn"]!.GetValue<string>(), Is.EqualTo("2026-11-19"));
        });
    }

    [Test]
    public async Task WO12_a_reopened_order_cancelled_keeps_the_request_for_the_service_already_given()
    {
        var order = await InProgress("Paid", labour: 300.00m);
        await Resolve(order);
        var survey = new { attitude = 3, skill = 2, punctuality = 4, promiseKeeping = 3 };
        await Do(order, "follow-up", new { satisfied = false, survey, comments = "Still vibrates" }, Roles.Dispatcher);

        var cancelled = await Do(order, "cancel", new { reason = "Customer bought a new machine" });

        var request = (await List())["items"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(cancelled["status"]!.GetValue<string>(), Is.EqualTo("Cancelled"));
            Assert.That(request["status"]!.GetValue<string>(), Is.EqualTo("Requested"));
            Assert.That(request["amount"]!.GetValue<decimal>(), Is.EqualTo(300.00m), "the first service's fee still stands");
        });
    }

    [Test]
    public async Task WO12_a_warranty_order_with_no_charge_raises_no_invoice_request()
    {
        var order = await InProgress("Warranty");

        var resolved = await Resolve(order);

        Assert.That(resolved["fee"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
        Assert.That((await List())["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [TestCase("-1")]
    [TestCase("31")]
    public void WO12_the_api_refuses_to_start_with_an_invalid_invoice_setting(string value) =>
        Assert.That(ApiFactory.StartupFailureWith("Invoices:IssueWorkingDays", value), Does.Contain("IssueWorkingDays"));

    /// <summary>Registered with the service type, assigned, planned as phone guidance, contacted, quoted when paid, and started by its technician.</summary>
    private async Task<JsonNode> InProgress(string serviceType, decimal labour = 0.00m)
    {
        var order = await Register(serviceType: serviceType);
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "plan", new { method = "PhoneGuidance" });
        await Do(order, "contact", new { note = "Talked the customer through it" });
        if (serviceType == "Paid")
        {
            await Do(order, "quote", await QuoteOf(labour, "Mr Li"));
        }

        return await Do(order, "start", role: Roles.Technician);
    }

    /// <summary>The customer is not satisfied (WO-13), the technician quotes the rework at <paramref name="labour"/> an hour, does it and resolves it again.</summary>
    private async Task Rework(JsonNode order, decimal labour)
    {
        var survey = new { attitude = 3, skill = 2, punctuality = 4, promiseKeeping = 3 };
        await Do(order, "follow-up", new { satisfied = false, survey, comments = "Still vibrates" }, Roles.Dispatcher);
        await Do(order, "quote", await QuoteOf(labour, "Mr Li"));
        await Do(order, "contact", new { note = "Talked the customer through it again" }, Roles.Technician);
        await Do(order, "start", role: Roles.Technician);
        await Resolve(order);
    }

    private Task<JsonNode> Resolve(JsonNode order) => Do(order, "resolve", new { summary = "Fixed by phone" }, Roles.Technician);

    private async Task<JsonNode> List(string query = "")
    {
        var finance = await As(Roles.Finance);
        return await (await finance.GetAsync($"/api/v1/invoice-requests{query}")).ShouldBe(HttpStatusCode.OK);
    }

    private async Task<JsonNode> Issue(JsonNode request, string invoiceNumber) =>
        await (await IssueResponse(request, invoiceNumber)).ShouldBe(HttpStatusCode.OK);

    /// <summary>Finance issues the request as it was listed: If-Match carries the version it was read at.</summary>
    private async Task<HttpResponseMessage> IssueResponse(JsonNode request, string invoiceNumber)
    {
        var finance = await As(Roles.Finance);
        using var message = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/invoice-requests/{request["id"]}/issue")
        {
            Content = JsonContent.Create(new { invoiceNumber }),
        };
        message.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{request["version"]}\""));
        return await finance.SendAsync(message);
    }
}
