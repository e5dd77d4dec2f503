using AfterSales.Domain.Common;
using AfterSales.Domain.Files;
using AfterSales.Domain.ServiceLevels;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.WorkOrders;

public sealed class WorkOrderWorkTests
{
    private WorkOrderScenario given = null!;

    [SetUp]
    public void CreateScenario() => given = new WorkOrderScenario();

    [TestCase(ResolutionMethod.OnSite)]
    [TestCase(ResolutionMethod.Workshop)]
    public void WO9_on_site_and_workshop_work_is_resolved_only_with_the_customers_sign_off(ResolutionMethod method)
    {
        var order = given.InProgress(method);
        if (method == ResolutionMethod.Workshop)
        {
            given.CarryBackAndReturn(order);
        }

        Assert.That(RuleOf(() => order.Resolve("Done", null, Sla, given.Clock)), Is.EqualTo("WO-9"));
        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.InProgress));
            Assert.That(order.ResolvedAt, Is.Null);
            Assert.That(order.ClockOf(SlaClockName.Resolution).State, Is.EqualTo(SlaState.Pending));
        });
    }

    [Test]
    public void WO9_phone_guidance_is_resolved_without_a_sign_off()
    {
        var order = given.InProgress(ResolutionMethod.PhoneGuidance);
        given.Clock.SetUtcNow(ResolvedAt);

        order.Resolve("Reset the spindle drive by phone", null, Sla, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Resolved));
            Assert.That(order.ResolvedAt, Is.EqualTo(ResolvedAt));
            Assert.That(order.ResolutionSummary, Is.EqualTo("Reset the spindle drive by phone"));
            Assert.That(order.SignOff, Is.Null);
        });
    }

    [Test]
    public void WO9_resolving_keeps_the_sign_off_stops_the_resolution_clock_and_starts_the_follow_up_clock()
    {
        var order = given.Resolved();

        var resolution = order.ClockOf(SlaClockName.Resolution);
        var followUp = order.ClockOf(SlaClockName.FollowUp);
        Assert.Multiple(() =>
        {
            Assert.That(order.SignOff, Is.EqualTo(new CustomerSignOff(CustomerName, ResolvedAt, given.Signature.Id)));
            Assert.That(resolution.State, Is.EqualTo(SlaState.Met));
            Assert.That(resolution.StoppedAt, Is.EqualTo(ResolvedAt));
            Assert.That(followUp.StartedAt, Is.EqualTo(ResolvedAt));
            Assert.That(followUp.IsRunning, Is.True);
        });
    }

    [Test]
    public void WO9_a_resolution_after_72_hours_breaches_the_resolution_clock()
    {
        var order = given.InProgress(ResolutionMethod.PhoneGuidance);
        given.Clock.SetUtcNow(At(11, 19, 10, 1));

        order.Resolve("Finally fixed", null, Sla, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.ClockOf(SlaClockName.Resolution).State, Is.EqualTo(SlaState.Breached));
            Assert.That(Breaches(order, SlaClockName.Resolution).Single().Deadline, Is.EqualTo(At(11, 19, 10)));
        });
    }

    [Test]
    public void WO9_time_entries_keep_technician_start_minutes_and_kind()
    {
        var order = given.InProgress(ResolutionMethod.OnSite);

        order.AddTimeEntry(given.Technician.Id, WorkStartedAt, 1, TimeEntryKind.Free, given.Clock);
        order.AddTimeEntry(given.Technician.Id, ContactedAt, TimeEntry.MaxMinutes, TimeEntryKind.Admin, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.TimeEntries.Select(entry => entry.Minutes), Is.EqualTo(new[] { 1, 1440 }));
            Assert.That(order.TimeEntries.Select(entry => entry.Kind), Is.EqualTo(new[] { TimeEntryKind.Free, TimeEntryKind.Admin }));
            Assert.That(order.TimeEntries.Select(entry => entry.StartedAt), Is.EqualTo(new[] { WorkStartedAt, ContactedAt }));
            Assert.That(order.TimeEntries.Select(entry => entry.TechnicianId).Distinct(), Is.EqualTo(new[] { given.Technician.Id }));
        });
    }

    [TestCase(0)]
    [TestCase(-30)]
    [TestCase(1441)]
    public void WO9_a_time_entry_lasts_1_to_1440_minutes(int minutes)
    {
        var order = given.InProgress(ResolutionMethod.OnSite);

        var refusal = Assert.Throws<InvalidInputException>(() => order.AddTimeEntry(given.Technician.Id, WorkStartedAt, minutes, TimeEntryKind.Paid, given.Clock));
        Assert.That(refusal!.Field, Is.EqualTo("minutes"));
        Assert.That(order.TimeEntries, Is.Empty);
    }

    [Test]
    public void WO9_photos_are_uploaded_images()
    {
        var order = given.InProgress(ResolutionMethod.OnSite);
        var before = given.Uploaded(SampleFiles.Png(100), "before.png");
        var after = given.Uploaded(SampleFiles.Jpeg(100), "after.jpg");

        order.AddPhoto(before, "Before", "T-0042", given.Clock);
        order.AddPhoto(after, null, "T-0042", given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Photos.Select(photo => photo.FileId), Is.EqualTo(new[] { before.Id, after.Id }));
            Assert.That(order.Photos.Select(photo => photo.Caption), Is.EqualTo(new[] { "Before", null }));
            Assert.That(order.Photos.Select(photo => photo.AddedAt).Distinct(), Is.EqualTo(new[] { WorkStartedAt }));
        });
    }

    [Test]
    public void WO9_a_photo_is_an_image_and_a_complete_upload()
    {
        var order = given.InProgress(ResolutionMethod.OnSite);
        var sheet = given.Uploaded(SampleFiles.Pdf(100), "sheet.pdf");
        var uploading = FileUpload.Start("half.png", "image/png", 100, SampleFiles.Sha256Of(SampleFiles.Png(100)), 1000, "tech-0042", given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(RuleOf(() => order.AddPhoto(sheet, null, "T-0042", given.Clock)), Is.EqualTo("WO-9"));
            Assert.That(RuleOf(() => order.AddPhoto(uploading, null, "T-0042", given.Clock)), Is.EqualTo("X-6"));
            Assert.That(order.Photos, Is.Empty);
        });
    }

    [Test]
    public void X6_a_retried_attach_never_duplicates_a_photo()
    {
        var order = given.InProgress(ResolutionMethod.OnSite);
        var file = given.Uploaded(SampleFiles.Png(100), "bearing.png");

        var first = order.AddPhoto(file, "Worn bearing", "T-0042", given.Clock);
        given.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = order.AddPhoto(file, "Worn bearing", "T-0042", given.Clock);

        Assert.That(again, Is.SameAs(first));
        Assert.That(order.Photos, Has.Count.EqualTo(1));
    }

    [TestCase(ResolutionMethod.OnSite)]
    [TestCase(ResolutionMethod.Workshop)]
    public void WO9_an_on_site_order_is_resolved_only_with_the_customers_signature_file(ResolutionMethod method)
    {
        var order = given.InProgress(method);
        if (method == ResolutionMethod.Workshop)
        {
            given.CarryBackAndReturn(order);
        }

        var unsigned = new CustomerSignOff(CustomerName, given.Clock.Now, null);
        var stillUploading = FileUpload.Start("signature.png", "image/png", 100, SampleFiles.Sha256Of(SampleFiles.Png(100)), 1000, "tech-0042", given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(RuleOf(() => order.Resolve("Done", unsigned, Sla, given.Clock)), Is.EqualTo("WO-9"));
            Assert.That(RuleOf(() => CustomerSignOff.SignedOn(CustomerName, given.Clock.Now, stillUploading)), Is.EqualTo("X-6"));
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.InProgress));
        });

        order.Resolve("Done", CustomerSignOff.SignedOn(CustomerName, given.Clock.Now, given.Uploaded(SampleFiles.Pdf(300), "service-sheet.pdf")), Sla, given.Clock);
        Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Resolved));
    }

    [Test]
    public void WO10_the_carry_back_records_receipt_condition_accessories_return_date_and_loaner()
    {
        var order = given.InProgress(ResolutionMethod.Workshop);

        order.CarryBackToWorkshop("R-2026-0311", "Scratch on right door", "Power cord", new DateOnly(2026, 11, 18), loanerGiven: true, given.Clock);

        var visit = order.Workshop!;
        Assert.Multiple(() =>
        {
            Assert.That(visit.ReceiptNumber, Is.EqualTo("R-2026-0311"));
            Assert.That(visit.Condition, Is.EqualTo("Scratch on right door"));
            Assert.That(visit.AccessoriesLeftWithCustomer, Is.EqualTo("Power cord"));
            Assert.That(visit.PromisedReturnOn, Is.EqualTo(new DateOnly(2026, 11, 18)));
            Assert.That(visit.LoanerGiven, Is.True);
            Assert.That(visit.TakenAt, Is.EqualTo(WorkStartedAt));
            Assert.That(visit.IsReturned, Is.False);
        });
    }

    [Test]
    public void WO10_only_a_workshop_order_is_carried_back()
    {
        var order = given.InProgress(ResolutionMethod.OnSite);

        Assert.That(RuleOf(() => order.CarryBackToWorkshop("R-1", "Fine", "", new DateOnly(2026, 11, 18), false, given.Clock)), Is.EqualTo("WO-10"));
        Assert.That(order.Workshop, Is.Null);
    }

    [Test]
    public void WO10_an_item_is_carried_back_only_once_the_work_has_started()
    {
        var order = given.Scheduled(ResolutionMethod.Workshop);

        Assert.That(RuleOf(() => order.CarryBackToWorkshop("R-1", "Fine", "", new DateOnly(2026, 11, 18), false, given.Clock)), Is.EqualTo("WO-10"));
        Assert.That(order.Workshop, Is.Null);
    }

    [Test]
    public void WO10_a_workshop_order_is_resolved_only_after_the_item_is_back()
    {
        var order = given.InProgress(ResolutionMethod.Workshop);
        order.CarryBackToWorkshop("R-2026-0311", "Scratch on right door", "Power cord", new DateOnly(2026, 11, 18), loanerGiven: false, given.Clock);

        Assert.That(RuleOf(() => order.Resolve("Repaired", given.SignOff(), Sla, given.Clock)), Is.EqualTo("WO-10"));
        Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.InProgress));

        given.Clock.SetUtcNow(ResolvedAt);
        order.InspectWorkshopRepair(true, null, TeamLeadName, given.Clock);
        order.ReturnToCustomer(ReturnedAt, CustomerName, given.Clock);
        order.Resolve("Repaired", given.SignOff(), Sla, given.Clock);

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.Resolved));
            Assert.That(order.Workshop!.ReturnedAt, Is.EqualTo(ReturnedAt));
            Assert.That(order.Workshop.ReturnSignedBy, Is.EqualTo(CustomerName));
        });
    }

    [Test]
    public void WO12_paid_work_starts_only_after_the_customer_accepted_a_quote()
    {
        var order = given.Scheduled(ResolutionMethod.PhoneGuidance, ServiceType.Paid);

        Assert.That(RuleOf(() => order.StartWork(given.Clock)), Is.EqualTo("WO-12"));

        var proposed = order.Proposed(given.Clock, 0m, QuoteScenario.Allowance(), QuoteScenario.Labour(150m));

        Assert.That(RuleOf(() => order.StartWork(given.Clock)), Is.EqualTo("WO-12"), "proposed, not yet accepted");

        order.Accept(proposed, given.Clock);
        order.StartWork(given.Clock);

        Assert.That(order.Status, Is.EqualTo(WorkOrderStatus.InProgress));
    }

    [TestCase(ServiceType.Contract)]
    [TestCase(ServiceType.Internal)]
    public void WO12_contract_and_internal_work_is_not_quoted(ServiceType serviceType)
    {
        var order = given.Scheduled(ResolutionMethod.OnSite, serviceType);

        Assert.That(RuleOf(() => order.QuoteAccepted(given.Clock, QuoteScenario.Labour(150m))), Is.EqualTo("WO-12"));
        Assert.That(order.Quotes, Is.Empty);
    }

    [Test]
    public void WO12_the_quoted_fee_is_labour_from_the_rates_plus_parts()
    {
        var order = given.Scheduled(ResolutionMethod.OnSite, ServiceType.Paid);

        // 1.5 h × 120.33 = 180.495 → 180.50 (half away from zero); 2 × 160.125 is not a price: 2 × 160.13 = 320.26.
        order.QuoteAccepted(given.Clock, QuoteScenario.Labour(120.33m, hours: 1.5m), QuoteScenario.Spindles(2, 160.13m));

        Assert.Multiple(() =>
        {
            Assert.That(order.Quote!.Labour, Is.EqualTo(180.50m));
            Assert.That(order.Quote.Parts, Is.EqualTo(320.26m));
            Assert.That(order.Quote.Total, Is.EqualTo(500.76m), "180.50 + 320.26");
            Assert.That(order.Quote.AcceptedBy, Is.EqualTo(CustomerName));
            Assert.That(order.Quote.AcceptedAt, Is.EqualTo(ContactedAt));
        });
    }
}
