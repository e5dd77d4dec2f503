using AfterSales.Domain.Common;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>WO-20 (r2): visits moved, told late and reconfirmed; WO-10 (r2): the workshop's inspection and voided receipt.</summary>
public sealed class WorkOrderVisitAndWorkshopTests
{
    private WorkOrderScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new WorkOrderScenario();

    [Test]
    public void WO20_moving_an_agreed_visit_needs_a_reason_and_keeps_the_window_it_replaced()
    {
        var order = given.Scheduled(ResolutionMethod.OnSite);
        var later = new Appointment(At(11, 17, 9), At(11, 17, 11));
        given.Clock.SetUtcNow(At(11, 16, 13));

        Assert.That(RuleOf(() => order.RecordContact(later, null, given.Clock)), Is.EqualTo("WO-20"));
        Assert.That(order.Appointment, Is.EqualTo(new Appointment(WindowStart, WindowEnd)));

        order.RecordContact(later, null, given.Clock, moveReason: "Part arrives tomorrow");

        var move = order.VisitMoves.Single();
        Assert.Multiple(() =>
        {
            Assert.That(order.Appointment, Is.EqualTo(later));
            Assert.That((move.PreviousStart, move.PreviousEnd), Is.EqualTo((WindowStart, WindowEnd)));
            Assert.That((move.Start, move.End), Is.EqualTo((At(11, 17, 9), At(11, 17, 11))));
            Assert.That(move.Reason, Is.EqualTo("Part arrives tomorrow"));
            // Told at 13:00, an hour before the 14:00 window opened.
            Assert.That(move.CustomerToldAt, Is.EqualTo(At(11, 16, 13)));
            Assert.That(move.ToldLate, Is.False);
        });
    }

    [Test]
    public void WO20_a_customer_told_after_the_original_window_opened_is_told_late()
    {
        var order = given.Scheduled(ResolutionMethod.OnSite);
        given.Clock.SetUtcNow(At(11, 16, 14, 20));

        // The contact is logged at 14:20 about a call made at 13:50, ten minutes before the 14:00 window: in time.
        order.RecordContact(new Appointment(At(11, 16, 15), At(11, 16, 17)), null, given.Clock, moveReason: "Traffic", customerToldAt: At(11, 16, 13, 50));
        // Moved again at 15:05, after the new window opened at 15:00, with the customer told just now: late.
        given.Clock.SetUtcNow(At(11, 16, 15, 5));
        order.RecordContact(new Appointment(At(11, 17, 9), At(11, 17, 11)), null, given.Clock, moveReason: "Van broke down");

        Assert.That(order.VisitMoves.Select(move => move.ToldLate), Is.EqualTo(new[] { false, true }));
        Assert.That(order.VisitMoves.Last().CustomerToldAt, Is.EqualTo(At(11, 16, 15, 5)));
    }

    [Test]
    public void WO20_the_same_window_again_is_no_move_and_keeps_its_reconfirmation()
    {
        var order = given.Scheduled(ResolutionMethod.OnSite);
        given.Clock.SetUtcNow(At(11, 16, 13, 35));
        order.ReconfirmVisit(given.Clock);

        order.RecordContact(new Appointment(WindowStart, WindowEnd), "Called to say the gate code", given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.VisitMoves, Is.Empty);
            Assert.That(order.Appointment!.ReconfirmedAt, Is.EqualTo(At(11, 16, 13, 35)));
        });
    }

    [Test]
    public void WO20_a_reconfirmation_is_of_the_current_window_and_a_moved_window_needs_its_own()
    {
        var order = given.Scheduled(ResolutionMethod.OnSite);
        given.Clock.SetUtcNow(At(11, 16, 13, 30));
        order.ReconfirmVisit(given.Clock, At(11, 16, 13, 28));
        var reconfirmedAt = order.Appointment!.ReconfirmedAt;

        given.Clock.SetUtcNow(At(11, 16, 13, 40));
        order.RecordContact(new Appointment(At(11, 16, 15), At(11, 16, 17)), null, given.Clock, moveReason: "Customer's meeting ran long");

        Assert.Multiple(() =>
        {
            Assert.That(reconfirmedAt, Is.EqualTo(At(11, 16, 13, 28)));
            Assert.That(order.Appointment!.ReconfirmedAt, Is.Null);
        });
    }

    [Test]
    public void WO20_there_is_nothing_to_reconfirm_without_a_window_or_after_the_arrival()
    {
        var phone = given.Scheduled(ResolutionMethod.PhoneGuidance);
        var visited = given.InProgress(ResolutionMethod.OnSite);

        Assert.Multiple(() =>
        {
            Assert.That(RuleOf(() => phone.ReconfirmVisit(given.Clock)), Is.EqualTo("WO-20"));
            Assert.That(RuleOf(() => visited.ReconfirmVisit(given.Clock)), Is.EqualTo("WO-20"));
        });
    }

    [Test]
    public void WO10_a_failed_inspection_holds_the_return_until_one_passes_and_the_return_voids_the_receipt()
    {
        var order = given.InProgress(ResolutionMethod.Workshop);
        order.CarryBackToWorkshop("R-2026-0311", "Scratch on right door", "Power cord", new DateOnly(2026, 11, 18), loanerGiven: false, given.Clock);

        Assert.That(RuleOf(() => order.ReturnToCustomer(ReturnedAt, CustomerName, given.Clock)), Is.EqualTo("WO-10"));
        given.Clock.SetUtcNow(At(11, 16, 15));
        order.InspectWorkshopRepair(false, "Door still scrapes the frame", TeamLeadName, given.Clock);
        Assert.That(RuleOf(() => order.ReturnToCustomer(ReturnedAt, CustomerName, given.Clock)), Is.EqualTo("WO-10"));
        Assert.That(order.Workshop!.ReceiptVoidedAt, Is.Null);

        given.Clock.SetUtcNow(At(11, 16, 16));
        order.InspectWorkshopRepair(true, "Door closes clean", TeamLeadName, given.Clock);
        given.Clock.SetUtcNow(ReturnedAt);
        order.ReturnToCustomer(ReturnedAt, CustomerName, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Workshop.InspectionPassed, Is.True);
            Assert.That(order.Workshop.InspectionNote, Is.EqualTo("Door closes clean"));
            Assert.That(order.Workshop.InspectedBy, Is.EqualTo(TeamLeadName));
            Assert.That(order.Workshop.InspectedAt, Is.EqualTo(At(11, 16, 16)));
            Assert.That(order.Workshop.ReturnedAt, Is.EqualTo(ReturnedAt));
            Assert.That(order.Workshop.ReceiptVoidedAt, Is.EqualTo(ReturnedAt));
        });
    }

    [Test]
    public void WO10_a_failed_inspection_says_what_is_wrong_and_nothing_is_inspected_after_the_return()
    {
        var order = given.InProgress(ResolutionMethod.Workshop);
        Assert.That(RuleOf(() => order.InspectWorkshopRepair(true, null, TeamLeadName, given.Clock)), Is.EqualTo("WO-10"));
        given.CarryBackAndReturn(order);
        var fresh = given.InProgress(ResolutionMethod.Workshop);
        fresh.CarryBackToWorkshop("R-2026-0312", "Dent", "", new DateOnly(2026, 11, 18), loanerGiven: false, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(RuleOf(() => order.InspectWorkshopRepair(true, null, TeamLeadName, given.Clock)), Is.EqualTo("WO-10"));
            Assert.Throws<InvalidInputException>(() => fresh.InspectWorkshopRepair(false, " ", TeamLeadName, given.Clock));
            Assert.That(fresh.Workshop!.InspectionPassed, Is.Null);
        });
    }
}
