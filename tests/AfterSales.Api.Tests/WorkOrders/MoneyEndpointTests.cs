using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>WO-11 parts and WO-12 money over HTTP; the clock starts Monday 16 November 2026, 10:00 in Shanghai.</summary>
public sealed partial class MoneyEndpointTests : WorkOrderTest
{
    private int partNumbers;

    /// <summary>Each test's parts are P-001, P-002, …: the ones its paid order's quote covers.</summary>
    [SetUp]
    public void NumberPartsFromOne() => partNumbers = 0;

    [Test]
    public async Task WO11_a_part_is_issued_only_when_finance_approves_it_and_the_warehouse_books_it_out()
    {
        var order = await InProgress("Paid");
        var part = await RequestPart(order, quantity: 2, unitPrice: 180.00m);

        Assert.That(part["status"]!.GetValue<string>(), Is.EqualTo("Requested"));
        await (await Act(order, $"parts/{part["id"]}/approve", role: Roles.Technician)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Act(order, $"parts/{part["id"]}/approve", role: Roles.Manager)).ShouldBeProblem(HttpStatusCode.Forbidden);

        await (await Act(order, $"parts/{part["id"]}/issue", role: Roles.Warehouse)).ShouldBeProblem(HttpStatusCode.Conflict, "WO-11");
        var approvedOnly = await Do(order, $"parts/{part["id"]}/approve", role: Roles.Finance);
        await (await Act(order, $"parts/{part["id"]}/issue", role: Roles.Finance)).ShouldBeProblem(HttpStatusCode.Forbidden);
        var approved = await Do(order, $"parts/{part["id"]}/issue", role: Roles.Warehouse);

        var issued = PartOf(approved, part);
        Assert.Multiple(() =>
        {
            Assert.That(PartOf(approvedOnly, part)["status"]!.GetValue<string>(), Is.EqualTo("Approved"));
            Assert.That(approvedOnly["fee"]!.GetValue<decimal>(), Is.EqualTo(0.00m), "not billed before it leaves the warehouse");
            Assert.That(issued["status"]!.GetValue<string>(), Is.EqualTo("Issued"));
            Assert.That(issued["approvedBy"]!.GetValue<string>(), Is.EqualTo("finance.user"));
            Assert.That(issued["issuedBy"]!.GetValue<string>(), Is.EqualTo("warehouse.user"));

            // 2 × 180.00 = 360.00
            Assert.That(approved["fee"]!.GetValue<decimal>(), Is.EqualTo(360.00m));
        });
    }

    [Test]
    public async Task WO11_approving_a_part_twice_is_409()
    {
        var order = await InProgress("Paid");
        var part = await RequestPart(order);
        await Do(order, $"parts/{part["id"]}/approve", role: Roles.Finance);

        var again = await Act(order, $"parts/{part["id"]}/approve", role: Roles.Finance);

        await again.ShouldBeProblem(HttpStatusCode.Conflict, "WO-11");
    }

    [Test]
    public async Task WO11_a_part_is_not_issued_on_a_cancelled_order()
    {
        var order = await Register(serviceType: "Paid");
        await Do(order, "assign", new { technicianId = TechnicianId });
        var part = await RequestPart(order);
        await Do(order, "cancel", new { reason = "customer fixed it" });

        var approve = await Act(order, $"parts/{part["id"]}/approve", role: Roles.Finance);

        var problem = await approve.ShouldBeProblem(HttpStatusCode.Conflict, "WO-11");
        Assert.That(problem["detail"]!.GetValue<string>(), Does.EndWith("while it is Cancelled"));
    }

    [Test]
    public async Task WO11_a_free_warranty_part_holds_2_x_180_as_deposit_until_the_old_part_is_booked_in()
    {
        var order = await InProgress("Warranty");
        var part = await RequestPart(order, quantity: 2, unitPrice: 180.00m);

        var issued = await Issue(order, part);

        var held = PartOf(issued, part);
        Assert.Multiple(() =>
        {
            Assert.That(held["chargeable"]!.GetValue<bool>(), Is.False);
            Assert.That(held["oldPart"]!.GetValue<string>(), Is.EqualTo("Outstanding"));
            Assert.That(held["deposit"]!.GetValue<decimal>(), Is.EqualTo(360.00m));
            Assert.That(issued["depositsHeld"]!.GetValue<decimal>(), Is.EqualTo(360.00m));
            Assert.That(issued["fee"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
        });

        await Fit(order, part);
        var returned = await Do(order, $"parts/{part["id"]}/old-part-returned", role: Roles.Warehouse);

        var released = PartOf(returned, part);
        Assert.Multiple(() =>
        {
            Assert.That(released["oldPart"]!.GetValue<string>(), Is.EqualTo("Returned"));
            Assert.That(released["deposit"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
            Assert.That(returned["depositsHeld"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
        });
    }

    [Test]
    public async Task WO11_a_warranty_part_at_50_with_no_recovery_value_is_a_small_part_whose_return_is_waived_with_no_deposit()
    {
        var order = await InProgress("Warranty");
        await PriceListed("P-SMALL-50", 50.00m, hasRecoveryValue: false);
        var part = await RequestPart(order, quantity: 4, unitPrice: null, partNumber: "P-SMALL-50");

        var issued = await Issue(order, part);

        var small = PartOf(issued, part);
        Assert.Multiple(() =>
        {
            Assert.That(small["oldPart"]!.GetValue<string>(), Is.EqualTo("Waived"));
            Assert.That(small["waiverReason"]!.GetValue<string>(), Is.EqualTo("small part: unit price 50.00 is within the 50.00 limit and it has no recovery value"));
            Assert.That(small["deposit"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
            Assert.That(issued["depositsHeld"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
        });
        await (await Act(order, $"parts/{part["id"]}/old-part-returned", role: Roles.Warehouse)).ShouldBeProblem(HttpStatusCode.Conflict, "WO-11");
    }

    [Test]
    public async Task WO11_a_finance_waiver_with_a_reason_releases_the_deposit()
    {
        var order = await InProgress("Warranty");
        var part = await RequestPart(order, quantity: 1, unitPrice: 820.00m);
        await Issue(order, part);

        var byTechnician = await Act(order, $"parts/{part["id"]}/waive-old-part", new { reason = "lost" }, Roles.Technician);
        var withoutReason = await Act(order, $"parts/{part["id"]}/waive-old-part", new { reason = "" }, Roles.Finance);
        var waived = await Do(order, $"parts/{part["id"]}/waive-old-part", new { reason = "compressor scrapped on site, no recovery value" }, Roles.Finance);

        await byTechnician.ShouldBeProblem(HttpStatusCode.Forbidden);
        var problem = await withoutReason.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { "reason" }));
        var excused = PartOf(waived, part);
        Assert.Multiple(() =>
        {
            Assert.That(excused["oldPart"]!.GetValue<string>(), Is.EqualTo("Waived"));
            Assert.That(excused["waiverReason"]!.GetValue<string>(), Is.EqualTo("compressor scrapped on site, no recovery value"));
            Assert.That(excused["oldPartRecordedBy"]!.GetValue<string>(), Is.EqualTo("finance.user"));
            Assert.That(waived["depositsHeld"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
        });
    }

    [Test]
    public async Task WO11_warranty_damage_the_customer_caused_is_chargeable()
    {
        var order = await InProgress("Warranty");
        var part = await RequestPart(order, quantity: 2, unitPrice: 180.00m, customerCaused: true);

        await Issue(order, part);
        var issued = await Do(order, "quote", await QuoteOf(0.00m, "Mr Li", (part["partNumber"]!.GetValue<string>(), 2, 180.00m)), Roles.Technician);

        var charged = PartOf(issued, part);
        Assert.Multiple(() =>
        {
            // 2 × 180.00 = 360.00, billed under the accepted quote (WO-11 r2); no labour quoted (one hour at 0.00).
            Assert.That(charged["chargeable"]!.GetValue<bool>(), Is.True);
            Assert.That(charged["oldPart"]!.GetValue<string>(), Is.EqualTo("NotRequired"));
            Assert.That(issued["fee"]!.GetValue<decimal>(), Is.EqualTo(360.00m));
            Assert.That(issued["balance"]!.GetValue<decimal>(), Is.EqualTo(360.00m));
            Assert.That(issued["depositsHeld"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
        });
    }

    [Test]
    public async Task WO11_invalid_part_requests_are_400_naming_each_field()
    {
        var order = await InProgress("Paid");
        var client = await AsAssignedTechnician();

        var response = await client.PostAsJsonAsync($"/api/v1/work-orders/{order["id"]}/parts", new { partNumber = "", quantity = 0, unitPrice = 12.345m });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { "partNumber", "name", "quantity", "unitPrice" }));
    }

    [Test]
    public async Task WO11_an_unknown_part_or_payment_is_404()
    {
        var order = await InProgress("Paid");

        var approve = await Act(order, $"parts/{Guid.NewGuid()}/approve", role: Roles.Finance);
        var remit = await Act(order, $"payments/{Guid.NewGuid()}/remit", role: Roles.Finance);

        await approve.ShouldBeProblem(HttpStatusCode.NotFound);
        await remit.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task WO11_a_stale_if_match_on_a_part_action_is_412()
    {
        var order = await InProgress("Paid");
        var part = await RequestPart(order);
        var finance = await As(Roles.Finance);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/work-orders/{order["id"]}/parts/{part["id"]}/approve")
        {
            Content = JsonContent.Create(new { }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{order["version"]}\""));

        var response = await finance.SendAsync(request);

        await response.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task WO12_a_paid_order_owes_quoted_labour_plus_issued_chargeable_parts()
    {
        var order = await InProgress("Paid", labour: 300.00m);
        var fitted = await RequestPart(order, quantity: 2, unitPrice: 45.50m);
        await RequestPart(order, quantity: 1, unitPrice: 999.00m);

        var approved = await Issue(order, fitted);

        Assert.Multiple(() =>
        {
            Assert.That(approved["fee"]!.GetValue<decimal>(), Is.EqualTo(391.00m), "300.00 labour + 2 × 45.50; the unapproved part is not billed");
            Assert.That(approved["paid"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
            Assert.That(approved["balance"]!.GetValue<decimal>(), Is.EqualTo(391.00m));
            Assert.That(approved["parts"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(approved["payments"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task WO12_payments_reduce_the_balance()
    {
        var order = await InProgress("Paid", labour: 300.00m);

        await Pay(order, 120.50m, "Cash");
        var paid = await Pay(order, 79.50m, "Card", role: Roles.Finance);

        Assert.Multiple(() =>
        {
            Assert.That(paid["paid"]!.GetValue<decimal>(), Is.EqualTo(200.00m));
            Assert.That(paid["balance"]!.GetValue<decimal>(), Is.EqualTo(100.00m));
            Assert.That(paid["payments"]!.AsArray().Select(p => p!["amount"]!.GetValue<decimal>()), Is.EqualTo(new[] { 120.50m, 79.50m }));
            Assert.That(paid["payments"]![0]!["method"]!.GetValue<string>(), Is.EqualTo("Cash"));
        });
    }

    [Test]
    public async Task WO12_a_payment_above_the_balance_is_409_and_invalid_payments_are_400()
    {
        var order = await InProgress("Paid", labour: 300.00m);

        var tooMuch = await Act(order, "payments", new { amount = 300.01m, method = "Cash" }, Roles.Technician);
        var invalid = await Act(order, "payments", new { amount = -5m }, Roles.Technician);
        var byDispatcher = await Act(order, "payments", new { amount = 10m, method = "Cash" }, Roles.Dispatcher);

        await tooMuch.ShouldBeProblem(HttpStatusCode.Conflict, "WO-12");
        var problem = await invalid.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { "amount", "method" }));
        await byDispatcher.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task WO12_cash_is_flagged_unremitted_once_its_company_day_has_ended_and_remitting_clears_it()
    {
        var order = await InProgress("Paid", labour: 300.00m);
        var payment = (await Pay(order, 150.00m, "Cash"))["payments"]![0]!;

        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 23, 59));
        var lateThatDay = await Get(order);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 0, 0));
        var nextDay = await Get(order);

        Assert.That(lateThatDay["payments"]![0]!["unremitted"]!.GetValue<bool>(), Is.False);
        Assert.That(nextDay["payments"]![0]!["unremitted"]!.GetValue<bool>(), Is.True);

        await (await Act(order, $"payments/{payment["id"]}/remit", role: Roles.Technician)).ShouldBeProblem(HttpStatusCode.Forbidden);
        var remitted = await Do(order, $"payments/{payment["id"]}/remit", role: Roles.Finance);

        Assert.Multiple(() =>
        {
            Assert.That(remitted["payments"]![0]!["unremitted"]!.GetValue<bool>(), Is.False);
            Assert.That(remitted["payments"]![0]!["remittedBy"]!.GetValue<string>(), Is.EqualTo("finance.user"));
            Assert.That(Instant(remitted["payments"]![0]!["remittedAt"]), Is.EqualTo(Shanghai(2026, 11, 17, 0, 0)));
        });
        await (await Act(order, $"payments/{payment["id"]}/remit", role: Roles.Finance)).ShouldBeProblem(HttpStatusCode.Conflict, "WO-12");
    }

    [Test]
    public async Task WO12_card_payments_are_never_unremitted()
    {
        var order = await InProgress("Paid", labour: 300.00m);
        await Pay(order, 150.00m, "Card");

        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 20, 9));

        Assert.That((await Get(order))["payments"]![0]!["unremitted"]!.GetValue<bool>(), Is.False);
    }

    [Test]
    public async Task WO12_resolving_with_300_unpaid_opens_a_receivable_of_300_owed_through_the_technician()
    {
        var order = await InProgress("Paid", labour: 300.00m);

        await Resolve(order);

        var receivables = await Receivables();
        Assert.That(receivables["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
        var receivable = receivables["items"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(receivable["amount"]!.GetValue<decimal>(), Is.EqualTo(300.00m));
            Assert.That(receivable["outstanding"]!.GetValue<decimal>(), Is.EqualTo(300.00m));
            Assert.That(receivable["technicianId"]!.GetValue<Guid>(), Is.EqualTo(TechnicianId));
            Assert.That(receivable["workOrderId"]!.GetValue<Guid>(), Is.EqualTo(order["id"]!.GetValue<Guid>()));
            Assert.That(receivable["workOrderNumber"]!.GetValue<string>(), Is.EqualTo(order["number"]!.GetValue<string>()));
            Assert.That(receivable["customerId"]!.GetValue<Guid>(), Is.EqualTo(Customer["id"]!.GetValue<Guid>()));
            Assert.That(receivable["openedOn"]!.GetValue<string>(), Is.EqualTo("2026-11-16"));
            Assert.That(receivable["overdue"]!.GetValue<bool>(), Is.False);
            Assert.That(receivable["deductionMonth"], Is.Null);
            Assert.That(receivable["settledOn"], Is.Null);
            Assert.That(receivable["releaseBy"], Is.Null);
        });
    }

    [Test]
    public async Task WO12_an_order_resolved_with_nothing_owed_opens_no_receivable()
    {
        var order = await InProgress("Paid", labour: 300.00m);
        await Pay(order, 300.00m, "Transfer");

        await Resolve(order);

        Assert.That((await Receivables())["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task WO12_a_receivable_opened_on_16_november_is_not_overdue_on_day_40_and_overdue_on_day_41()
    {
        var order = await InProgress("Paid", labour: 300.00m);
        await Resolve(order);

        Factory.Clock.SetUtcNow(Shanghai(2026, 12, 26, 23, 59));
        var day40 = (await Receivables())["items"]![0]!;
        var day40Overdue = await Receivables("?overdue=true");
        Factory.Clock.SetUtcNow(Shanghai(2026, 12, 27, 0, 0));
        var day41 = (await Receivables())["items"]![0]!;
        var day41Overdue = await Receivables("?overdue=true");

        Assert.Multiple(() =>
        {
            Assert.That(day40["overdue"]!.GetValue<bool>(), Is.False);
            Assert.That(day40["deductionMonth"], Is.Null);
            Assert.That(day40Overdue["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(day41["overdue"]!.GetValue<bool>(), Is.True);
            Assert.That(day41["deductionMonth"]!.GetValue<string>(), Is.EqualTo("2027-01"));
            Assert.That(day41Overdue["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task WO12_a_receivable_paid_without_a_deduction_has_no_release_date()
    {
        var order = await InProgress("Paid", labour: 300.00m);
        await Resolve(order);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 20, 15));

        await Pay(order, 100.00m, "Transfer", role: Roles.Finance);
        var partly = (await Receivables())["items"]![0]!;
        var paidOff = await Pay(order, 200.00m, "Cash");
        var settled = (await Receivables())["items"]![0]!;

        Assert.Multiple(() =>
        {
            Assert.That(partly["outstanding"]!.GetValue<decimal>(), Is.EqualTo(200.00m));
            Assert.That(partly["settledOn"], Is.Null);
            Assert.That(settled["outstanding"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
            Assert.That(settled["amount"]!.GetValue<decimal>(), Is.EqualTo(300.00m));
            Assert.That(settled["settledOn"]!.GetValue<string>(), Is.EqualTo("2026-11-20"));
            Assert.That(settled["releaseBy"], Is.Null, "nothing was taken from pay, so nothing is given back");
            Assert.That(settled["deducted"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
            Assert.That(paidOff["balance"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
        });
    }

    [Test]
    public async Task WO12_a_deducted_receivable_is_released_two_working_days_after_payment()
    {
        var order = await InProgress("Paid", labour: 300.00m);
        await Resolve(order);
        var receivableId = (await Receivables())["items"]![0]!["id"]!.GetValue<Guid>();
        var finance = await As(Roles.Finance);

        // Opened Monday 16 November 2026: day 40 is 26 December, not yet overdue; day 42 is Monday 28 December.
        Factory.Clock.SetUtcNow(Shanghai(2026, 12, 26, 10));
        var tooEarly = await finance.PostAsJsonAsync($"/api/v1/receivables/{receivableId}/deductions", new { amount = 300.00m, month = "2027-01" });
        Factory.Clock.SetUtcNow(Shanghai(2026, 12, 28, 10));
        var overOwed = await finance.PostAsJsonAsync($"/api/v1/receivables/{receivableId}/deductions", new { amount = 300.01m, month = "2027-01" });
        var deducted = await (await finance.PostAsJsonAsync($"/api/v1/receivables/{receivableId}/deductions", new { amount = 300.00m, month = "2027-01" }))
            .ShouldBe(HttpStatusCode.OK);

        // The customer pays on Thursday 7 January 2027: Friday 8 and Monday 11 are the 2 working days.
        Factory.Clock.SetUtcNow(Shanghai(2027, 1, 7, 15));
        await Pay(order, 300.00m, "Transfer", role: Roles.Finance);
        var settled = (await Receivables())["items"]![0]!;

        await tooEarly.ShouldBeProblem(HttpStatusCode.Conflict, "WO-12");
        await overOwed.ShouldBeProblem(HttpStatusCode.Conflict, "WO-12");
        Assert.Multiple(() =>
        {
            Assert.That(deducted["deducted"]!.GetValue<decimal>(), Is.EqualTo(300.00m));
            Assert.That(deducted["deductions"]![0]!["month"]!.GetValue<string>(), Is.EqualTo("2027-01"));
            Assert.That(deducted["deductions"]![0]!["recordedBy"]!.GetValue<string>(), Is.EqualTo("finance.user"));
            Assert.That(deducted["releaseBy"], Is.Null, "not paid yet");
            Assert.That(settled["settledOn"]!.GetValue<string>(), Is.EqualTo("2027-01-07"));
            Assert.That(settled["releaseBy"]!.GetValue<string>(), Is.EqualTo("2027-01-11"));
            Assert.That(settled["deducted"]!.GetValue<decimal>(), Is.EqualTo(300.00m), "the 300.00 given back");
        });
    }

    [Test]
    public async Task WO12_a_settled_receivable_takes_no_deduction()
    {
        var order = await InProgress("Paid", labour: 300.00m);
        await Resolve(order);
        var receivableId = (await Receivables())["items"]![0]!["id"]!.GetValue<Guid>();
        Factory.Clock.SetUtcNow(Shanghai(2026, 12, 28, 10));
        await Pay(order, 300.00m, "Transfer", role: Roles.Finance);
        var finance = await As(Roles.Finance);

        var late = await finance.PostAsJsonAsync($"/api/v1/receivables/{receivableId}/deductions", new { amount = 300.00m, month = "2027-01" });

        await late.ShouldBeProblem(HttpStatusCode.Conflict, "WO-12");
        Assert.That((await Receivables())["items"]![0]!["releaseBy"], Is.Null);
    }

    [Test]
    public async Task WO12_the_overdue_list_holds_only_overdue_receivables_and_filters_by_technician()
    {
        var early = await InProgress("Paid", labour: 300.00m);
        await Resolve(early);
        Factory.Clock.SetUtcNow(Shanghai(2026, 12, 1, 10));
        var late = await InProgress("Paid", labour: 120.00m);
        await Resolve(late);
        Factory.Clock.SetUtcNow(Shanghai(2026, 12, 27, 9));

        var overdue = await Receivables("?overdue=true");
        var notOverdue = await Receivables("?overdue=false");
        var ours = await Receivables($"?technicianId={TechnicianId}");
        var nobodys = await Receivables($"?overdue=true&technicianId={Guid.NewGuid()}");

        Assert.Multiple(() =>
        {
            Assert.That(overdue["items"]!.AsArray().Select(r => r!["workOrderId"]!.GetValue<Guid>()), Is.EqualTo(new[] { early["id"]!.GetValue<Guid>() }));
            Assert.That(notOverdue["items"]!.AsArray().Select(r => r!["workOrderId"]!.GetValue<Guid>()), Is.EqualTo(new[] { late["id"]!.GetValue<Guid>() }));
            Assert.That(ours["totalCount"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(nobodys["totalCount"]!.GetValue<int>(), Is.EqualTo(0));
        });
    }

    [TestCase(Roles.Finance, HttpStatusCode.OK)]
    [TestCase(Roles.Manager, HttpStatusCode.OK)]
    [TestCase(Roles.Technician, HttpStatusCode.Forbidden)]
    [TestCase(Roles.Dispatcher, HttpStatusCode.Forbidden)]
    [TestCase(Roles.HR, HttpStatusCode.Forbidden)]
    public async Task WO12_receivables_are_read_by_finance_and_managers(string role, HttpStatusCode expected)
    {
        var client = await As(role);

        var response = await client.GetAsync("/api/v1/receivables?overdue=true");

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [TestCase("Parts:SmallPartLimit", "-1", "SmallPartLimit")]
    [TestCase("Parts:SmallPartLimit", "50.005", "Parts:SmallPartLimit")]
    [TestCase("Parts:DirectorApprovalLimit", "-1", "DirectorApprovalLimit")]
    [TestCase("Parts:TraceableLimit", "-1", "TraceableLimit")]
    [TestCase("Receivables:OverdueDays", "0", "OverdueDays")]
    [TestCase("Receivables:ReleaseWorkingDays", "-1", "ReleaseWorkingDays")]
    public void WO12_the_api_refuses_to_start_with_an_invalid_money_setting(string key, string value, string named) =>
        Assert.That(ApiFactory.StartupFailureWith(key, value), Does.Contain(named));

    /// <summary>Registered with the service type, assigned, planned as phone guidance, contacted, quoted when paid, and started by its technician.</summary>
    private async Task<JsonNode> InProgress(string serviceType, decimal labour = 0.00m)
    {
        var order = await Register(serviceType: serviceType);
        await Do(order, "assign", new { technicianId = TechnicianId });
        await Do(order, "plan", new { method = "PhoneGuidance" });
        await Do(order, "contact", new { note = "Talked the customer through it" });
        if (serviceType == "Paid")
        {
            // WO-11 (r2): the quote lets the order bill up to ten of each of the first parts a test requests.
            await Do(order, "quote", await QuoteOf(labour, "Mr Li", [.. Enumerable.Range(1, 4).Select(n => ($"P-{n:000}", 10, 180.00m))]));
        }

        return await Do(order, "start", role: Roles.Technician);
    }

    /// <summary>
    /// The technician requests a part with a number of its own, at the price given: a paid order's quote lists P-001..P-004
    /// at 180.00, so a test's own price comes with a reason (PR-1); returns the part as the order shows it.
    /// </summary>
    private async Task<JsonNode> RequestPart(JsonNode order, int quantity = 2, decimal? unitPrice = 180.00m, bool customerCaused = false, string? partNumber = null)
    {
        partNumber ??= $"P-{++partNumbers:000}";
        var priceReason = unitPrice is null ? null : "the price this test works with";
        var updated = await Do(order, "parts", new { partNumber, name = "Spindle bearing", quantity, unitPrice, customerCaused, priceReason }, Roles.Technician);
        return updated["parts"]!.AsArray().Single(part => part!["partNumber"]!.GetValue<string>() == partNumber)!;
    }

    /// <summary>Finance approves the part and the Warehouse books it out; returns the order.</summary>
    private async Task<JsonNode> Issue(JsonNode order, JsonNode part)
    {
        await Do(order, $"parts/{part["id"]}/approve", role: Roles.Finance);
        return await Do(order, $"parts/{part["id"]}/issue", role: Roles.Warehouse);
    }

    private Task<JsonNode> Fit(JsonNode order, JsonNode part, string? serialNumber = null) =>
        Do(order, $"parts/{part["id"]}/fit", new { serialNumber }, Roles.Technician);

    private static JsonNode PartOf(JsonNode order, JsonNode part) =>
        order["parts"]!.AsArray().Single(candidate => candidate!["id"]!.GetValue<Guid>() == part["id"]!.GetValue<Guid>())!;

    private Task<JsonNode> Pay(JsonNode order, decimal amount, string method, string role = Roles.Technician) =>
        Do(order, "payments", new { amount, method }, role);

    private Task<JsonNode> Resolve(JsonNode order) => Do(order, "resolve", new { summary = "Fixed by phone" }, Roles.Technician);

    private async Task<JsonNode> Get(JsonNode order)
    {
        var manager = await As(Roles.Manager);
        return await (await manager.GetAsync($"/api/v1/work-orders/{order["id"]}")).ShouldBe(HttpStatusCode.OK);
    }

    private async Task<JsonNode> Receivables(string query = "")
    {
        var finance = await As(Roles.Finance);
        return await (await finance.GetAsync($"/api/v1/receivables{query}")).ShouldBe(HttpStatusCode.OK);
    }
}
