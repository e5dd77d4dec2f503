using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Inquiries;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.Tests.Complaints;
using AfterSales.Domain.Tests.WorkOrders;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.Inquiries;

/// <summary>IQ-1 on the default [Sla:Inquiry] numbers (30 working minutes by phone and walk-in, 2 working hours otherwise) and Shanghai's working week.</summary>
public sealed class InquiryTests
{
    private static readonly InquiryPolicy Policy = new(
        new Dictionary<Channel, TimeSpan>
        {
            [Channel.Phone] = TimeSpan.FromMinutes(30),
            [Channel.WalkIn] = TimeSpan.FromMinutes(30),
            [Channel.Email] = TimeSpan.FromHours(2),
            [Channel.WebForm] = TimeSpan.FromHours(2),
            [Channel.Salesperson] = TimeSpan.FromHours(2),
        },
        2,
        Sla.Calendar);

    private readonly WorkOrderScenario scenario = new();

    private TestClock Clock => scenario.Clock;

    [Test]
    public void IQ1_a_phone_inquiry_received_friday_1715_is_due_monday_0845()
    {
        Clock.SetUtcNow(At(3, 13, 17, 15));

        var inquiry = Register(Channel.Phone);

        // 15 working minutes on Friday until 17:30, the other 15 from 08:30 on Monday.
        Assert.Multiple(() =>
        {
            Assert.That(inquiry.FirstResponse.Deadline, Is.EqualTo(At(3, 16, 8, 45)));
            Assert.That(inquiry.FirstResponse.State, Is.EqualTo(SlaState.Pending));
            Assert.That(inquiry.Status, Is.EqualTo(InquiryStatus.Open));
        });
    }

    [Test]
    public void IQ1_an_email_inquiry_is_due_two_working_hours_later_across_the_night()
    {
        Clock.SetUtcNow(At(3, 13, 16));
        var atFour = Register(Channel.Email);
        Clock.SetUtcNow(At(3, 13, 16, 30));
        var atHalfPastFour = Register(Channel.WebForm);
        var walkIn = Register(Channel.WalkIn);

        Assert.Multiple(() =>
        {
            // 16:00: 90 minutes on Friday until 17:30, the other 30 from 08:30 on Monday.
            Assert.That(atFour.FirstResponse.Deadline, Is.EqualTo(At(3, 16, 9)));

            // 16:30: 60 minutes on Friday, 60 on Monday.
            Assert.That(atHalfPastFour.FirstResponse.Deadline, Is.EqualTo(At(3, 16, 9, 30)));

            // Someone at the counter is answered the same afternoon.
            Assert.That(walkIn.FirstResponse.Deadline, Is.EqualTo(At(3, 13, 17)));
        });
    }

    [Test]
    public void IQ1_the_first_response_in_time_meets_the_clock_and_later_ones_do_not_move_it()
    {
        Clock.SetUtcNow(At(3, 16, 10));
        var inquiry = Register(Channel.Phone);

        Clock.SetUtcNow(At(3, 16, 10, 20));
        inquiry.Respond("Price list sent by SMS", "desk.li", Clock);
        Clock.SetUtcNow(At(3, 16, 11));
        inquiry.Respond("Called again to confirm", "desk.li", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(inquiry.FirstResponse.State, Is.EqualTo(SlaState.Met));
            Assert.That(inquiry.FirstResponse.StoppedAt, Is.EqualTo(At(3, 16, 10, 20)));
            Assert.That(inquiry.Replies, Has.Count.EqualTo(2));
            Assert.That(inquiry.Status, Is.EqualTo(InquiryStatus.Open), "a response does not close the inquiry");
            Assert.That(inquiry.IsFirstResponseLate(Clock.Now), Is.False);
            Assert.That(inquiry.NextClockDeadline, Is.Null);
        });
    }

    [Test]
    public void IQ1_a_first_response_after_the_deadline_is_breached_and_late()
    {
        Clock.SetUtcNow(At(3, 16, 10));
        var inquiry = Register(Channel.Phone);

        Clock.SetUtcNow(At(3, 16, 10, 31));
        inquiry.Respond("Sorry for the wait", "desk.li", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(inquiry.FirstResponse.State, Is.EqualTo(SlaState.Breached));
            Assert.That(inquiry.FirstResponse.BreachedAt, Is.EqualTo(At(3, 16, 10, 31)));
            Assert.That(inquiry.IsFirstResponseLate(Clock.Now), Is.True);
            Assert.That(inquiry.DomainEvents.OfType<InquiryFirstResponseBreached>().Single().Deadline, Is.EqualTo(At(3, 16, 10, 30)));
        });
    }

    [Test]
    public void IQ1_the_sweep_breaches_an_unanswered_inquiry_at_its_deadline_once_and_for_good()
    {
        Clock.SetUtcNow(At(3, 16, 10));
        var inquiry = Register(Channel.Phone);

        inquiry.DetectBreaches(At(3, 16, 10, 30));
        var stateAtDeadline = inquiry.FirstResponse.State;
        inquiry.DetectBreaches(At(3, 16, 10, 31));
        inquiry.DetectBreaches(At(3, 16, 11));
        Clock.SetUtcNow(At(3, 16, 11, 5));
        inquiry.Respond("Called back", "desk.li", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(stateAtDeadline, Is.EqualTo(SlaState.Pending), "not late at the deadline itself");
            Assert.That(inquiry.FirstResponse.State, Is.EqualTo(SlaState.Breached), "WO-8: never un-breached");
            Assert.That(inquiry.FirstResponse.BreachedAt, Is.EqualTo(At(3, 16, 10, 31)), "an office clock has no grace (WO-17)");
            Assert.That(inquiry.DomainEvents.OfType<InquiryFirstResponseBreached>().Count(), Is.EqualTo(1), "recorded once");
        });
    }

    [Test]
    public void IQ1_answering_closes_the_inquiry_and_stops_the_clock()
    {
        Clock.SetUtcNow(At(3, 16, 10));
        var inquiry = Register(Channel.Email);

        Clock.SetUtcNow(At(3, 16, 11));
        inquiry.AnswerWith("The SK-200 spindle is in stock at 4,800.00", "desk.li", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(inquiry.Status, Is.EqualTo(InquiryStatus.Answered));
            Assert.That(inquiry.ClosedAt, Is.EqualTo(At(3, 16, 11)));
            Assert.That(inquiry.FirstResponse.State, Is.EqualTo(SlaState.Met));
        });
    }

    [Test]
    public void IQ1_converted_to_a_work_order_both_are_linked_and_the_inquiry_is_closed()
    {
        Clock.SetUtcNow(At(3, 16, 10));
        var inquiry = Register(Channel.Phone);
        Clock.SetUtcNow(At(3, 16, 10, 10));
        var order = scenario.Register();

        inquiry.ConvertToWorkOrder(order, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.InquiryId, Is.EqualTo(inquiry.Id));
            Assert.That(inquiry.WorkOrderId, Is.EqualTo(order.Id));
            Assert.That(inquiry.WorkOrderNumber, Is.EqualTo(order.Number));
            Assert.That(inquiry.Status, Is.EqualTo(InquiryStatus.ConvertedToWorkOrder));
            Assert.That(inquiry.FirstResponse.State, Is.EqualTo(SlaState.Met), "converting is a response");
            Assert.That(order.Clocks.Select(clock => clock.Name), Does.Not.Contain(SlaClockName.FirstResponse));
        });
    }

    [Test]
    public void IQ1_converted_to_a_complaint_both_are_linked()
    {
        var complaints = new ComplaintScenario();
        var inquiry = Inquiry.Register(
            "IQ-2026-000002", Channel.Phone, complaints.Customer, null, InquiryKind.Other, "Why was I billed twice?", complaints.Clock.Now.AddDays(1), complaints.Clock.Now, "desk.li", Policy, complaints.Clock);
        var complaint = complaints.Register(ComplaintCategory.Billing);

        inquiry.ConvertToComplaint(complaint, complaints.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(complaint.InquiryId, Is.EqualTo(inquiry.Id));
            Assert.That(inquiry.ComplaintId, Is.EqualTo(complaint.Id));
            Assert.That(inquiry.ComplaintNumber, Is.EqualTo(complaint.Number));
            Assert.That(inquiry.Status, Is.EqualTo(InquiryStatus.ConvertedToComplaint));
        });
    }

    [Test]
    public void IQ1_a_closed_inquiry_refuses_every_action()
    {
        var inquiry = Register(Channel.Phone);
        inquiry.AnswerWith("Yes, we service that model", "desk.li", Clock);

        Assert.Multiple(() =>
        {
            Assert.That(RuleOf(() => inquiry.Respond("again", "desk.li", Clock)), Is.EqualTo("IQ-1"));
            Assert.That(RuleOf(() => inquiry.AnswerWith("again", "desk.li", Clock)), Is.EqualTo("IQ-1"));
            Assert.That(RuleOf(() => inquiry.ConvertToWorkOrder(scenario.Register(), Clock)), Is.EqualTo("IQ-1"));
            Assert.That(Enum.GetValues<InquiryAction>().Where(action => InquiryLifecycle.Allows(InquiryStatus.Answered, action)), Is.Empty);
        });
    }

    [Test]
    public void IQ1_an_inquiry_names_a_customer_or_a_caller_and_promises_a_reply_after_receipt()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<InvalidInputException>(() => Inquiry.Register(
                "IQ-2026-000003", Channel.Phone, null, null, InquiryKind.Price, "How much?", Clock.Now.AddHours(1), Clock.Now, "desk.li", Policy, Clock));
            Assert.Throws<InvalidInputException>(() => Inquiry.Register(
                "IQ-2026-000003", Channel.Phone, scenario.Customer, new Caller("Li Lei", "13900000000"), InquiryKind.Price, "How much?", Clock.Now.AddHours(1), Clock.Now, "desk.li", Policy, Clock));
            Assert.That(RuleOf(() => Inquiry.Register(
                "IQ-2026-000003", Channel.Phone, null, new Caller("Li Lei", "13900000000"), InquiryKind.Price, "How much?", Clock.Now.AddHours(-1), Clock.Now, "desk.li", Policy, Clock)), Is.EqualTo("IQ-1"));
        });
    }

    [Test]
    public void IQ1_a_work_order_is_converted_for_the_inquirys_own_customer_only()
    {
        var inquiry = Register(Channel.Phone);
        var otherCustomer = scenario.NewCustomer();
        var equipment = otherCustomer.AddEquipment("SK-200", "SN-9", new DateOnly(2025, 1, 1), new DateOnly(2027, 1, 1), null, Clock);
        var theirs = WorkOrder.Register("WO-2026-000099", Channel.Phone, otherCustomer, equipment, "Noise", Zone.Urban, Priority.Normal, null, Clock.Now, Sla, Clock);

        var refusal = Assert.Throws<InvalidInputException>(() => inquiry.ConvertToWorkOrder(theirs, Clock))!;

        Assert.That(refusal.Field, Is.EqualTo("customerId"));
        Assert.That(inquiry.Status, Is.EqualTo(InquiryStatus.Open));
        Assert.That(theirs.InquiryId, Is.Null);
    }

    [Test]
    public void IQ1_working_days_with_fewer_than_two_collection_runs_are_listed()
    {
        // Friday 2026-03-13: two runs; Saturday and Sunday are not worked; Monday one run; Tuesday none.
        DateTimeOffset[] runs = [At(3, 13, 9), At(3, 13, 15), At(3, 14, 10), At(3, 16, 9)];

        var shortDays = Policy.ShortCollectionDays(new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 17), runs).ToList();

        Assert.That(shortDays, Is.EqualTo(new[] { (new DateOnly(2026, 3, 16), 1), (new DateOnly(2026, 3, 17), 0) }));
    }

    [Test]
    public void IQ1_only_email_and_web_inquiries_are_collected_in_runs()
    {
        var run = CollectionRun.Record(Channel.Email, null, "desk.li", Clock);

        Assert.That(run.At, Is.EqualTo(Clock.Now));
        Assert.Throws<InvalidInputException>(() => CollectionRun.Record(Channel.Phone, null, "desk.li", Clock));
    }

    private Inquiry Register(Channel channel) =>
        Inquiry.Register(
            "IQ-2026-000001",
            channel,
            scenario.Customer,
            null,
            InquiryKind.Price,
            "How much is a replacement spindle for the SK-200?",
            Clock.Now.AddDays(1),
            Clock.Now,
            "desk.li",
            Policy,
            Clock);
}
