using System.Net;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.WorkOrders;

/// <summary>WO-11 (r2) and PR-1 over HTTP: list prices, the waiver's two halves, approvals, the Warehouse's bookings, and deposits owed.</summary>
public sealed partial class MoneyEndpointTests
{
    [Test]
    public async Task WO11_a_deposit_is_owed_until_the_old_part_is_booked_in()
    {
        var order = await InProgress("Warranty");
        var part = await RequestPart(order, quantity: 1, unitPrice: 800.00m);
        await Issue(order, part);
        await Fit(order, part);

        var resolved = await Resolve(order);

        // Warranty, not customer-caused: fee 0.00; deposit 1 × 800.00 = 800.00; balance 0.00 + 800.00 − 0.00 = 800.00.
        var owed = (await Receivables($"?technicianId={TechnicianId}"))["items"]!.AsArray().Single(row => row!["workOrderId"]!.GetValue<Guid>() == order["id"]!.GetValue<Guid>())!;
        Assert.Multiple(() =>
        {
            Assert.That(resolved["balance"]!.GetValue<decimal>(), Is.EqualTo(800.00m));
            Assert.That(owed["outstanding"]!.GetValue<decimal>(), Is.EqualTo(800.00m));
            Assert.That(owed["technicianId"]!.GetValue<Guid>(), Is.EqualTo(TechnicianId));
        });

        var booked = await Do(order, $"parts/{part["id"]}/old-part-returned", role: Roles.Warehouse);

        // Deposit released: balance 0.00 + 0.00 − 0.00 = 0.00, and the receivable follows it to 0.00.
        var settled = (await Receivables($"?technicianId={TechnicianId}"))["items"]!.AsArray().Single(row => row!["workOrderId"]!.GetValue<Guid>() == order["id"]!.GetValue<Guid>())!;
        Assert.Multiple(() =>
        {
            Assert.That(booked["balance"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
            Assert.That(settled["outstanding"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
            Assert.That(settled["settledOn"]!.GetValue<string>(), Is.EqualTo("2026-11-16"));
        });
    }

    [TestCase(49.00, true, "Outstanding", 490.00, TestName = "WO11_a_cheap_part_with_recovery_value_is_not_waived")]
    [TestCase(49.00, false, "Waived", 0.00, TestName = "WO11_a_cheap_part_without_recovery_value_is_waived")]
    [TestCase(50.00, false, "Waived", 0.00, TestName = "WO11_a_part_at_exactly_50_without_recovery_value_is_waived")]
    [TestCase(50.01, false, "Outstanding", 500.10, TestName = "WO11_a_part_at_50_01_without_recovery_value_is_not_waived")]
    public async Task WO11_the_automatic_waiver_needs_a_small_price_and_no_recovery_value(decimal unitPrice, bool hasRecoveryValue, string oldPart, decimal deposit)
    {
        var order = await InProgress("Warranty");
        await PriceListed("FLT-10", unitPrice, hasRecoveryValue);

        // Ten at the list price: the waiver looks at the unit price, not the line (10 × 49.00 = 490.00 is still small).
        var part = await RequestPart(order, quantity: 10, unitPrice: null, partNumber: "FLT-10");
        var issued = await Issue(order, part);

        // Held: 10 × 49.00 = 490.00 or 10 × 50.01 = 500.10; waived: 0.00.
        Assert.Multiple(() =>
        {
            Assert.That(part["hasRecoveryValue"]!.GetValue<bool>(), Is.EqualTo(hasRecoveryValue));
            Assert.That(PartOf(issued, part)["oldPart"]!.GetValue<string>(), Is.EqualTo(oldPart));
            Assert.That(issued["depositsHeld"]!.GetValue<decimal>(), Is.EqualTo(deposit));
            Assert.That(issued["balance"]!.GetValue<decimal>(), Is.EqualTo(deposit));
        });
    }

    [Test]
    public async Task PR1_a_part_line_takes_the_list_price_and_a_different_one_needs_a_reason()
    {
        var order = await InProgress("Paid");
        await PriceListed("BRG-6205", 180.00m);
        await PriceListed("BRG-6205", 195.00m, effectiveFrom: "2026-12-01");

        var listed = await RequestPart(order, quantity: 1, unitPrice: null, partNumber: "BRG-6205");
        var noReason = await Act(order, "parts", new { partNumber = "BRG-6205", name = "Spindle bearing", quantity = 1, unitPrice = 150.00m, customerCaused = false }, Roles.Technician);
        var blankReason = await Act(order, "parts", new { partNumber = "BRG-6205", name = "Spindle bearing", quantity = 1, unitPrice = 150.00m, customerCaused = false, priceReason = " " }, Roles.Technician);
        var unlisted = await Act(order, "parts", new { partNumber = "NOT-LISTED", name = "Spindle bearing", quantity = 1, customerCaused = false }, Roles.Technician);
        var reduced = await Do(order, "parts", new { partNumber = "BRG-6205", name = "Spindle bearing", quantity = 1, unitPrice = 150.00m, customerCaused = false, priceReason = "agreed with the customer for a scratched one" }, Roles.Technician);

        await noReason.ShouldBeProblem(HttpStatusCode.Conflict, "PR-1");
        var blank = await blankReason.ShouldBeProblem(HttpStatusCode.BadRequest);
        await unlisted.ShouldBeProblem(HttpStatusCode.Conflict, "PR-1");
        var withReason = reduced["parts"]!.AsArray().Last()!;
        Assert.Multiple(() =>
        {
            // 180.00 is in force on 16 November; 195.00 only from 1 December.
            Assert.That(listed["unitPrice"]!.GetValue<decimal>(), Is.EqualTo(180.00m));
            Assert.That(listed["listPrice"]!.GetValue<decimal>(), Is.EqualTo(180.00m));
            Assert.That(listed["priceReason"], Is.Null);
            Assert.That(blank["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { "priceReason" }));
            Assert.That(withReason["unitPrice"]!.GetValue<decimal>(), Is.EqualTo(150.00m));
            Assert.That(withReason["listPrice"]!.GetValue<decimal>(), Is.EqualTo(180.00m));
            Assert.That(withReason["priceReason"]!.GetValue<string>(), Is.EqualTo("agreed with the customer for a scratched one"));
        });
    }

    [Test]
    public async Task WO11_a_line_above_5000_needs_the_director_after_finance()
    {
        var order = await InProgress("Paid");
        var exactly = await RequestPart(order, quantity: 2, unitPrice: 2500.00m);
        var above = await RequestPart(order, quantity: 2, unitPrice: 2500.01m);

        // 2 × 2,500.00 = 5,000.00 is not above the limit; 2 × 2,500.01 = 5,000.02 is.
        var approved = await Do(order, $"parts/{exactly["id"]}/approve", role: Roles.Finance);
        var waiting = await Do(order, $"parts/{above["id"]}/approve", role: Roles.Finance);
        var tooEarly = await Act(order, $"parts/{above["id"]}/issue", role: Roles.Warehouse);
        var byManager = await Act(order, $"parts/{above["id"]}/director-approval", role: Roles.Manager);
        await Do(order, $"parts/{above["id"]}/director-approval", role: Roles.Director);
        var issued = await Do(order, $"parts/{above["id"]}/issue", role: Roles.Warehouse);

        await tooEarly.ShouldBeProblem(HttpStatusCode.Conflict, "WO-11");
        await byManager.ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.Multiple(() =>
        {
            Assert.That(PartOf(approved, exactly)["status"]!.GetValue<string>(), Is.EqualTo("Approved"));
            Assert.That(PartOf(waiting, above)["status"]!.GetValue<string>(), Is.EqualTo("AwaitingDirector"));
            Assert.That(PartOf(issued, above)["directorApprovedBy"]!.GetValue<string>(), Is.EqualTo("director.user"));

            // Only the issued line is billed: 2 × 2,500.01 = 5,000.02.
            Assert.That(issued["fee"]!.GetValue<decimal>(), Is.EqualTo(5000.02m));
        });
    }

    [Test]
    public async Task WO11_a_traceable_part_is_fitted_with_its_serial_number_and_cannot_be_returned()
    {
        var order = await InProgress("Paid");
        var part = await RequestPart(order, quantity: 1, unitPrice: 1200.00m);
        await Issue(order, part);

        // 1,200.00 is above the 1,000.00 traceable limit.
        var withoutSerial = await Act(order, $"parts/{part["id"]}/fit", new { serialNumber = (string?)null }, Roles.Technician);
        var fitted = await Fit(order, part, "SN-2026-0042");
        var back = await Act(order, $"parts/{part["id"]}/returned-unused", role: Roles.Warehouse);

        await withoutSerial.ShouldBeProblem(HttpStatusCode.Conflict, "WO-11");
        await back.ShouldBeProblem(HttpStatusCode.Conflict, "WO-11");
        Assert.Multiple(() =>
        {
            Assert.That(PartOf(fitted, part)["status"]!.GetValue<string>(), Is.EqualTo("Fitted"));
            Assert.That(PartOf(fitted, part)["serialNumber"]!.GetValue<string>(), Is.EqualTo("SN-2026-0042"));

            // 1 × 1,200.00 stays billed.
            Assert.That(fitted["fee"]!.GetValue<decimal>(), Is.EqualTo(1200.00m));
        });
    }

    [Test]
    public async Task WO11_an_order_with_an_issued_part_cannot_be_cancelled_until_it_is_booked_back()
    {
        var order = await Register(serviceType: "Warranty");
        await Do(order, "assign", new { technicianId = TechnicianId });
        var issued = await RequestPart(order, quantity: 2, unitPrice: 180.00m);
        var pending = await RequestPart(order, quantity: 1, unitPrice: 90.00m);
        var held = await Issue(order, issued);

        var refused = await Act(order, "cancel", new { reason = "customer fixed it" }, Roles.Dispatcher);
        var back = await Do(order, $"parts/{issued["id"]}/returned-unused", role: Roles.Warehouse);
        var cancelled = await Do(order, "cancel", new { reason = "customer fixed it" }, Roles.Dispatcher);

        await refused.ShouldBeProblem(HttpStatusCode.Conflict, "WO-11");
        Assert.Multiple(() =>
        {
            // Out: 2 × 180.00 = 360.00 held; back unused: nothing held.
            Assert.That(held["balance"]!.GetValue<decimal>(), Is.EqualTo(360.00m));
            Assert.That(PartOf(back, issued)["status"]!.GetValue<string>(), Is.EqualTo("ReturnedUnused"));
            Assert.That(PartOf(back, issued)["bookedBackBy"]!.GetValue<string>(), Is.EqualTo("warehouse.user"));
            Assert.That(back["balance"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
            Assert.That(cancelled["status"]!.GetValue<string>(), Is.EqualTo("Cancelled"));
            Assert.That(PartOf(cancelled, pending)["status"]!.GetValue<string>(), Is.EqualTo("Withdrawn"));
        });
    }

    [Test]
    public async Task WO11_an_order_with_an_issued_unfitted_part_cannot_be_closed_until_it_is_booked_back()
    {
        var order = await InProgress("Paid");
        var part = await RequestPart(order, quantity: 1, unitPrice: 300.00m);
        await Issue(order, part);
        await Resolve(order);
        var survey = new { attitude = 4, skill = 4, punctuality = 4, promiseKeeping = 4 };

        var refused = await Act(order, "follow-up", new { satisfied = true, survey }, Roles.Dispatcher);
        var back = await Do(order, $"parts/{part["id"]}/returned-unused", role: Roles.Warehouse);
        var closed = await Do(order, "follow-up", new { satisfied = true, survey }, Roles.Dispatcher);

        var problem = await refused.ShouldBeProblem(HttpStatusCode.Conflict, "WO-11");
        Assert.Multiple(() =>
        {
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("issued parts not fitted are still out"));

            // Not fitted, so not billed: 0.00 labour + 0.00 parts.
            Assert.That(back["fee"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
            Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("Closed"));
        });
    }

    [Test]
    public async Task WO11_outstanding_old_parts_are_listed_oldest_first_with_their_deposit_and_age()
    {
        var colleague = (await HireTechnician("T-0043"))["id"]!.GetValue<Guid>();
        var older = await InProgress("Warranty");
        var olderPart = await RequestPart(older, quantity: 2, unitPrice: 180.00m);
        await Issue(older, olderPart);
        Factory.Clock.Advance(TimeSpan.FromDays(3));
        var newer = await InProgress("Warranty");
        var newerPart = await RequestPart(newer, quantity: 1, unitPrice: 820.00m);
        await Issue(newer, newerPart);
        await Do(newer, "assign", new { technicianId = colleague, reason = "Closer to the site" });
        var settled = await InProgress("Warranty");
        var settledPart = await RequestPart(settled, quantity: 1, unitPrice: 500.00m);
        await Issue(settled, settledPart);
        await Do(settled, $"parts/{settledPart["id"]}/waive-old-part", new { reason = "scrapped on site" }, Roles.Finance);
        var warehouse = await As(Roles.Warehouse);

        var all = await (await warehouse.GetAsync("/api/v1/parts/outstanding-old-parts")).ShouldBe(HttpStatusCode.OK);
        var mine = await (await warehouse.GetAsync($"/api/v1/parts/outstanding-old-parts?technicianId={TechnicianId}")).ShouldBe(HttpStatusCode.OK);
        var byTechnician = await (await AsAssignedTechnician()).GetAsync("/api/v1/parts/outstanding-old-parts");

        await byTechnician.ShouldBeProblem(HttpStatusCode.Forbidden);
        var rows = all["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(row => row!["partId"]!.GetValue<Guid>()), Is.EqualTo(new[] { olderPart["id"]!.GetValue<Guid>(), newerPart["id"]!.GetValue<Guid>() }));

            // 2 × 180.00 = 360.00, issued 3 days before today; 1 × 820.00 = 820.00, issued today.
            Assert.That(rows[0]!["deposit"]!.GetValue<decimal>(), Is.EqualTo(360.00m));
            Assert.That(rows[0]!["ageDays"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(rows[0]!["number"]!.GetValue<string>(), Is.EqualTo(older["number"]!.GetValue<string>()));
            Assert.That(rows[1]!["deposit"]!.GetValue<decimal>(), Is.EqualTo(820.00m));
            Assert.That(rows[1]!["ageDays"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(rows[1]!["technicianId"]!.GetValue<Guid>(), Is.EqualTo(colleague));
            Assert.That(mine["items"]!.AsArray().Select(row => row!["partId"]!.GetValue<Guid>()), Is.EqualTo(new[] { olderPart["id"]!.GetValue<Guid>() }));
        });
    }

    [Test]
    public async Task WO11_a_paid_deposit_released_is_owed_back_and_refunded_by_finance()
    {
        var order = await InProgress("Warranty");
        var part = await RequestPart(order, quantity: 1, unitPrice: 800.00m);
        await Issue(order, part);
        await Fit(order, part);
        await Pay(order, 800.00m, "Transfer");

        var booked = await Do(order, $"parts/{part["id"]}/old-part-returned", role: Roles.Warehouse);

        // fee 0.00 + deposit released 0.00 − paid 800.00 + refunded 0.00 = −800.00: the company owes the customer 800.00.
        var finance = await As(Roles.Finance);
        var owedList = await (await finance.GetAsync($"/api/v1/payments/refunds-owed?customerId={order["customerId"]}")).ShouldBe(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(booked["balance"]!.GetValue<decimal>(), Is.EqualTo(-800.00m));
            Assert.That(booked["refundOwed"]!.GetValue<decimal>(), Is.EqualTo(800.00m));
            Assert.That(owedList["items"]!.AsArray().Select(row => (row!["workOrderNumber"]!.GetValue<string>(), row["amount"]!.GetValue<decimal>())),
                Is.EqualTo(new[] { (order["number"]!.GetValue<string>(), 800.00m) }));
            Assert.That(owedList["totalAmount"]!.GetValue<decimal>(), Is.EqualTo(800.00m));
        });

        var tooMuch = await Act(order, "refunds", new { amount = 800.01m, method = "Transfer" }, Roles.Finance);
        var byTechnician = await Act(order, "refunds", new { amount = 800.00m, method = "Transfer" }, Roles.Technician);
        await tooMuch.ShouldBeProblem(HttpStatusCode.Conflict, "WO-12");
        await byTechnician.ShouldBeProblem(HttpStatusCode.Forbidden);

        var refunded = await Do(order, "refunds", new { amount = 800.00m, method = "Transfer", reference = "ICBC-20261116-0042" }, Roles.Finance);
        var read = await Get(order);
        var afterList = await (await finance.GetAsync($"/api/v1/payments/refunds-owed?customerId={order["customerId"]}")).ShouldBe(HttpStatusCode.OK);

        // −800.00 + refunded 800.00 = 0.00: nothing owed either way, and the order leaves Finance's list.
        Assert.Multiple(() =>
        {
            foreach (var view in new[] { refunded, read })
            {
                Assert.That(view["balance"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
                Assert.That(view["refundOwed"]!.GetValue<decimal>(), Is.EqualTo(0.00m));
                Assert.That(view["refunded"]!.GetValue<decimal>(), Is.EqualTo(800.00m));
                Assert.That(view["refunds"]![0]!["reference"]!.GetValue<string>(), Is.EqualTo("ICBC-20261116-0042"));
                Assert.That(view["refunds"]![0]!["recordedBy"]!.GetValue<string>(), Is.Not.Empty);
            }

            Assert.That(afterList["items"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task WO12_a_refund_needs_an_amount_and_a_method()
    {
        var order = await InProgress("Warranty");

        var invalid = await Act(order, "refunds", new { amount = -5m, reference = new string('x', 101) }, Roles.Finance);
        var nothingOwed = await Act(order, "refunds", new { amount = 0.01m, method = "Cash" }, Roles.Finance);

        var problem = await invalid.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { "amount", "method", "reference" }));
        await nothingOwed.ShouldBeProblem(HttpStatusCode.Conflict, "WO-12");
    }
}

