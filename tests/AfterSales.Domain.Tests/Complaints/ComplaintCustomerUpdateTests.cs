using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Tests.WorkOrders;

namespace AfterSales.Domain.Tests.Complaints;

/// <summary>CP-2 (r2) the Major complaint's letter, CP-9 the visit or call, progress updates and the complaints without one.</summary>
public sealed class ComplaintCustomerUpdateTests
{
    private ComplaintScenario scenario = null!;

    private TestClock Clock => scenario.Clock;

    [SetUp]
    public void CreateScenario() => scenario = new ComplaintScenario();

    [Test]
    public void CP2_a_major_complaint_told_by_phone_is_not_resolved_until_a_letter_is_recorded()
    {
        var complaint = scenario.Investigating(severity: ComplaintSeverity.Major);
        complaint.Escalate("director.zhou", true, null, ComplaintScenario.Desk, Clock);
        scenario.Verify(complaint);
        scenario.Visited(complaint);
        complaint.RecordCustomerNotified(NotificationMethod.Phone, "Told by phone", null, ComplaintScenario.Desk, ComplaintScenario.Policy.Calendar, Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => complaint.Resolve(Clock));

        Assert.That(refusal.Message, Is.EqualTo("CP-2: CP-2026-000001 is Major: the customer must be told the outcome in writing, a letter recorded, before it is resolved"));
        complaint.RecordCustomerNotified(NotificationMethod.Letter, null, new Letter(ComplaintScenario.Day(11, 16), "SH-2026-117"), ComplaintScenario.Desk, ComplaintScenario.Policy.Calendar, Clock);
        complaint.Resolve(Clock);
        Assert.Multiple(() =>
        {
            Assert.That(complaint.Status, Is.EqualTo(ComplaintStatus.Resolved));
            Assert.That(complaint.CustomerNotification!.LetterDate, Is.EqualTo(ComplaintScenario.Day(11, 16)));
            Assert.That(complaint.CustomerNotification.LetterReference, Is.EqualTo("SH-2026-117"));
        });
    }

    [Test]
    public void CP2_a_letter_dated_after_today_is_refused()
    {
        var complaint = scenario.Verified();

        var rule = WorkOrderScenario.RuleOf(() => complaint.RecordCustomerNotified(
            NotificationMethod.Letter, null, new Letter(ComplaintScenario.Day(11, 17), "SH-2026-118"), ComplaintScenario.Desk, ComplaintScenario.Policy.Calendar, Clock));

        Assert.That(rule, Is.EqualTo("CP-2"));
        Assert.That(complaint.CustomerNotification, Is.Null);
    }

    [Test]
    public void CP2_a_letter_comes_with_the_method_letter_only()
    {
        var complaint = scenario.Verified();

        Assert.Throws<InvalidInputException>(() => complaint.RecordCustomerNotified(
            NotificationMethod.Phone, null, new Letter(ComplaintScenario.Day(11, 16), "SH-1"), ComplaintScenario.Desk, ComplaintScenario.Policy.Calendar, Clock));
        Assert.Throws<InvalidInputException>(() => complaint.RecordCustomerNotified(
            NotificationMethod.Letter, null, null, ComplaintScenario.Desk, ComplaintScenario.Policy.Calendar, Clock));
    }

    [Test]
    public void CP9_a_complaint_is_not_resolved_before_someone_visited_or_called_the_customer()
    {
        var complaint = scenario.Verified();
        complaint.RecordCustomerNotified(NotificationMethod.Phone, null, null, ComplaintScenario.Desk, ComplaintScenario.Policy.Calendar, Clock);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => complaint.Resolve(Clock));

        Assert.That(refusal.Message, Is.EqualTo("CP-9: nobody has visited or called the customer about CP-2026-000001; record the visit or call before it is resolved"));
        Clock.SetUtcNow(ComplaintScenario.At(11, 16, 11));
        complaint.RecordCustomerContact(CustomerContactKind.Call, "Li Na (named by the supervisor)", ComplaintScenario.At(11, 16, 10, 30), "Apologised", ComplaintScenario.Desk, Clock);
        complaint.Resolve(Clock);
        Assert.That(complaint.Status, Is.EqualTo(ComplaintStatus.Resolved));
    }

    [Test]
    public void CP9_a_contact_or_update_is_recorded_between_registration_and_now()
    {
        var complaint = scenario.Register();

        Assert.Multiple(() =>
        {
            Assert.That(WorkOrderScenario.RuleOf(() => complaint.RecordCustomerContact(
                CustomerContactKind.Visit, ComplaintScenario.Supervisor, ComplaintScenario.At(11, 16, 11), null, ComplaintScenario.Desk, Clock)), Is.EqualTo("CP-9"), "in the future");
            Assert.That(WorkOrderScenario.RuleOf(() => complaint.RecordProgressUpdate(
                ComplaintScenario.At(11, 16, 9), "Parts ordered", ComplaintScenario.Desk, Clock)), Is.EqualTo("CP-9"), "before registration at 10:00");
            Assert.That(complaint.CustomerContacts, Is.Empty);
            Assert.That(complaint.ProgressUpdates, Is.Empty);
        });
    }

    [Test]
    public void CP9_the_last_update_is_the_latest_of_registration_contacts_and_progress_updates()
    {
        var complaint = scenario.Register();
        Clock.SetUtcNow(ComplaintScenario.At(11, 18, 17));

        complaint.RecordProgressUpdate(ComplaintScenario.At(11, 18, 16), "Seal ordered", ComplaintScenario.Desk, Clock);
        complaint.RecordCustomerContact(CustomerContactKind.Visit, ComplaintScenario.Supervisor, ComplaintScenario.At(11, 17, 14), "Visited", ComplaintScenario.Desk, Clock);

        Assert.That(complaint.LastUpdateAt, Is.EqualTo(ComplaintScenario.At(11, 18, 16)), "a visit recorded late for the day before does not move it back");
        Assert.That(complaint.CustomerContacts.Single().By, Is.EqualTo(ComplaintScenario.Supervisor));
    }

    /// <summary>
    /// Registered Thursday 2026-03-05 10:00. The next update is due two working days after that day: Friday 6 and
    /// Monday 9 (the weekend does not count). On Monday it is not yet listed; on Tuesday 10 it is.
    /// </summary>
    [TestCase(3, 9, false)]
    [TestCase(3, 10, true)]
    public void CP9_a_complaint_with_no_update_for_2_working_days_is_listed_after_them(int month, int day, bool listed)
    {
        Clock.SetUtcNow(ComplaintScenario.At(3, 5, 10));
        var complaint = scenario.Register();

        var withoutUpdate = ComplaintRules.WithoutUpdateSince(ComplaintScenario.Policy.UpdateCutoff(ComplaintScenario.Day(month, day))).Compile();

        Assert.That(withoutUpdate(complaint), Is.EqualTo(listed));
    }

    [Test]
    public void CP9_a_progress_update_on_monday_takes_it_off_the_list_until_thursday()
    {
        Clock.SetUtcNow(ComplaintScenario.At(3, 5, 10));
        var complaint = scenario.Register();
        Clock.SetUtcNow(ComplaintScenario.At(3, 9, 17));
        complaint.RecordProgressUpdate(ComplaintScenario.At(3, 9, 16, 30), "Technician booked for Wednesday", ComplaintScenario.Desk, Clock);

        bool ListedOn(int day) => ComplaintRules.WithoutUpdateSince(ComplaintScenario.Policy.UpdateCutoff(ComplaintScenario.Day(3, day))).Compile()(complaint);

        Assert.Multiple(() =>
        {
            Assert.That(ListedOn(10), Is.False);
            Assert.That(ListedOn(11), Is.False, "due on Wednesday 11, two working days after Monday");
            Assert.That(ListedOn(12), Is.True);
        });
    }

    [Test]
    public void CP9_a_resolved_complaint_is_not_waiting_for_an_update()
    {
        var complaint = scenario.Resolved();

        var withoutUpdate = ComplaintRules.WithoutUpdateSince(ComplaintScenario.Policy.UpdateCutoff(ComplaintScenario.Day(12, 31))).Compile();

        Assert.That(withoutUpdate(complaint), Is.False);
    }
}
