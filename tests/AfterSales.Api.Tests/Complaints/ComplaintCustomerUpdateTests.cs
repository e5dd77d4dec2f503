using System.Net;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Complaints;

/// <summary>CP-2 (r2) the Major complaint's letter, CP-5 (r2) the penalty's breakdown, CP-9 visits, calls, progress updates and the no-update list, over HTTP.</summary>
public sealed class ComplaintCustomerUpdateTests : ComplaintTest
{
    [Test]
    public async Task CP2_a_major_complaint_is_resolved_only_once_the_customer_was_told_by_letter()
    {
        await Factory.TokenFor("director.zhou", Roles.Director);
        var complaint = await RegisterComplaint(severity: "Major", technicianId: TechnicianId);
        await DoOn(complaint, "investigate", role: Roles.Dispatcher);
        await DoOn(complaint, "escalate", new { directorName = "director.zhou" }, Roles.Dispatcher);
        await (await VerifyResponse(complaint, responsibleTechnicianId: TechnicianId)).ShouldBe(HttpStatusCode.OK);
        await Visited(complaint);
        await DoOn(complaint, "notify-customer", new { how = "Phone", note = "Told by phone" }, Roles.Dispatcher);

        var refused = await ActOn(complaint, "resolve", role: Roles.Dispatcher);
        var told = await DoOn(complaint, "notify-customer", new { how = "Letter", letterDate = "2026-11-16", letterReference = "SH-2026-117" }, Roles.Dispatcher);
        var resolved = await DoOn(complaint, "resolve", role: Roles.Dispatcher);

        Assert.That((await refused.ShouldBeProblem(HttpStatusCode.Conflict, "CP-2"))["detail"]!.GetValue<string>(),
            Is.EqualTo($"CP-2: {complaint["number"]} is Major: the customer must be told the outcome in writing, a letter recorded, before it is resolved"));
        Assert.Multiple(() =>
        {
            Assert.That(told["customerNotification"]!["how"]!.GetValue<string>(), Is.EqualTo("Letter"));
            Assert.That(told["customerNotification"]!["letterDate"]!.GetValue<string>(), Is.EqualTo("2026-11-16"));
            Assert.That(told["customerNotification"]!["letterReference"]!.GetValue<string>(), Is.EqualTo("SH-2026-117"));
            Assert.That(resolved["status"]!.GetValue<string>(), Is.EqualTo("Resolved"));
        });
    }

    [Test]
    public async Task CP2_a_letter_without_its_reference_is_400_and_one_dated_tomorrow_is_409()
    {
        var complaint = await Verified();

        var noReference = await ActOn(complaint, "notify-customer", new { how = "Letter", letterDate = "2026-11-16" }, Roles.Dispatcher);
        var tomorrow = await ActOn(complaint, "notify-customer", new { how = "Letter", letterDate = "2026-11-17", letterReference = "SH-1" }, Roles.Dispatcher);

        Assert.That((await noReference.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]!["letterReference"], Is.Not.Null);
        await tomorrow.ShouldBeProblem(HttpStatusCode.Conflict, "CP-2");
        Assert.That((await ReadComplaint(complaint))["customerNotification"], Is.Null, "nothing half-written");
    }

    [Test]
    public async Task CP5_the_response_shows_base_300_the_factors_and_the_effective_1200()
    {
        var first = await Verified(equipmentId: EquipmentId);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 10));
        var again = await RegisterComplaint(equipmentId: EquipmentId, technicianId: TechnicianId);
        await DoOn(again, "investigate", role: Roles.Dispatcher);

        var verified = await DoOn(again, "verify", new
        {
            verified = true,
            findings = "Backup recorded as done was never run",
            responsibleTechnicianId = TechnicianId,
            penalty = 300.00m,
            falsifiedRecord = false,
            notDoneProperly = true,
        }, Roles.TeamLead);

        Assert.That(first["penaltyBreakdown"]!["factors"]!.AsArray(), Is.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(verified["notDoneProperly"]!.GetValue<bool>(), Is.True);
            Assert.That(verified["penaltyBreakdown"]!["base"]!.GetValue<decimal>(), Is.EqualTo(300.00m));
            Assert.That(verified["penaltyBreakdown"]!["factors"]!.AsArray().Select(factor => (factor!["reason"]!.GetValue<string>(), factor["multiplier"]!.GetValue<int>())),
                Is.EqualTo(new[] { ("RepeatComplaint", 2), ("FalsifiedOrNotDoneProperly", 2) }));
            Assert.That(verified["penaltyBreakdown"]!["effective"]!.GetValue<decimal>(), Is.EqualTo(1200.00m));
            Assert.That(verified["penalty"]!.GetValue<decimal>(), Is.EqualTo(1200.00m), "penalty stays the effective amount");
        });
    }

    [Test]
    public async Task CP5_falsified_and_not_done_properly_together_double_300_once()
    {
        var complaint = await RegisterComplaint(technicianId: TechnicianId);
        await DoOn(complaint, "investigate", role: Roles.Dispatcher);

        var verified = await DoOn(complaint, "verify", new
        {
            verified = true,
            findings = "Inspection sheet signed, machine never opened",
            responsibleTechnicianId = TechnicianId,
            penalty = 300.00m,
            falsifiedRecord = true,
            notDoneProperly = true,
        }, Roles.TeamLead);

        Assert.That(verified["penaltyBreakdown"]!["factors"]!.AsArray().Select(factor => factor!["reason"]!.GetValue<string>()), Is.EqualTo(new[] { "FalsifiedOrNotDoneProperly" }));
        Assert.That(verified["penaltyBreakdown"]!["effective"]!.GetValue<decimal>(), Is.EqualTo(600.00m));
    }

    [Test]
    public async Task CP9_a_complaint_is_resolved_only_after_a_visit_or_call_which_it_shows_with_who_and_when()
    {
        var complaint = await Verified();
        await DoOn(complaint, "notify-customer", new { how = "Phone" }, Roles.Dispatcher);
        var refused = await ActOn(complaint, "resolve", role: Roles.Dispatcher);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 16, 15));

        var called = await DoOn(complaint, "customer-contacts", new { kind = "Call", by = "Li Na", at = "2026-11-16T14:30:00+08:00", note = "Apologised" }, Roles.Dispatcher);
        var resolved = await DoOn(complaint, "resolve", role: Roles.Dispatcher);

        Assert.That((await refused.ShouldBeProblem(HttpStatusCode.Conflict, "CP-9"))["detail"]!.GetValue<string>(),
            Is.EqualTo($"CP-9: nobody has visited or called the customer about {complaint["number"]}; record the visit or call before it is resolved"));
        var contact = called["customerContacts"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(contact["kind"]!.GetValue<string>(), Is.EqualTo("Call"));
            Assert.That(contact["by"]!.GetValue<string>(), Is.EqualTo("Li Na"));
            Assert.That(Instant(contact["at"]), Is.EqualTo(Shanghai(2026, 11, 16, 14, 30)));
            Assert.That(contact["recordedBy"]!.GetValue<string>(), Is.EqualTo("dispatcher.user"));
            Assert.That(Instant(called["lastUpdateAt"]), Is.EqualTo(Shanghai(2026, 11, 16, 14, 30)));
            Assert.That(resolved["status"]!.GetValue<string>(), Is.EqualTo("Resolved"));
        });
    }

    [Test]
    public async Task CP9_a_contact_in_the_future_is_409_and_one_without_its_author_400()
    {
        var complaint = await RegisterComplaint();

        var future = await ActOn(complaint, "customer-contacts", new { kind = "Visit", by = "supervisor.he", at = "2026-11-16T11:00:00+08:00" }, Roles.Dispatcher);
        var nobody = await ActOn(complaint, "customer-contacts", new { kind = "Visit", at = "2026-11-16T10:00:00+08:00" }, Roles.Dispatcher);

        await future.ShouldBeProblem(HttpStatusCode.Conflict, "CP-9");
        Assert.That((await nobody.ShouldBeProblem(HttpStatusCode.BadRequest))["errors"]!["by"], Is.Not.Null);
    }

    /// <summary>
    /// March 2026 has no holidays. A complaint registered Thursday 03-05 10:00 owes the customer an update two working
    /// days after that day: by Monday 03-09 (Friday and Monday; the weekend does not count). Listed from Tuesday 03-10.
    /// A second one registered Monday 03-09 14:00 gets a progress update Tuesday 03-10 09:00: due Thursday 03-12, so
    /// listed from Friday 03-13.
    /// </summary>
    [Test]
    public async Task CP9_complaints_without_an_update_for_2_working_days_are_listed_longest_silent_first()
    {
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 5, 10));
        var thursday = await RegisterComplaint();
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 9, 14));
        var monday = await RegisterComplaint();
        var onMonday = await WithoutUpdates();

        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 10, 9));
        await DoOn(monday, "progress-updates", new { at = "2026-03-10T09:00:00+08:00", note = "Seal ordered, fitting Thursday" }, Roles.Dispatcher);
        var onTuesday = await WithoutUpdates();
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 12, 18));
        var onThursday = await WithoutUpdates();
        Factory.Clock.SetUtcNow(Shanghai(2026, 3, 13, 8));
        var onFriday = await WithoutUpdates();

        Assert.Multiple(() =>
        {
            Assert.That(onMonday, Is.Empty);
            Assert.That(onTuesday, Is.EqualTo(new[] { thursday["number"]!.GetValue<string>() }));
            Assert.That(onThursday, Is.EqualTo(new[] { thursday["number"]!.GetValue<string>() }));
            Assert.That(onFriday, Is.EqualTo(new[] { thursday["number"]!.GetValue<string>(), monday["number"]!.GetValue<string>() }));
        });
    }

    [Test]
    public async Task CP9_the_no_update_list_is_the_desks_not_a_technicians()
    {
        var response = await (await AsTechnician(TechnicianId)).GetAsync("/api/v1/complaints/without-updates");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<string[]> WithoutUpdates()
    {
        var page = await (await (await As(Roles.Dispatcher)).GetAsync("/api/v1/complaints/without-updates")).ShouldBe(HttpStatusCode.OK);
        return [.. page["items"]!.AsArray().Select(item => item!["number"]!.GetValue<string>())];
    }
}
