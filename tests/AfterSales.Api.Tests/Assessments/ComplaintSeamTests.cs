using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Assessments.Complaints;
using AfterSales.Application.Reports.Grades;
using AfterSales.Application.Security;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Assessments;

/// <summary>
/// The complaint feature is not built yet; these tests call the seam its reactions will call (CP-6, CP-8) the
/// way a reaction does, in a unit of work that is then saved, and read the result over HTTP.
/// </summary>
public sealed class ComplaintSeamTests : AssessmentTest
{
    private static readonly Guid ComplaintId = Guid.Parse("0199f000-0000-7000-8000-0000000000c3");

    [Test]
    public async Task CP6_a_complaint_verified_early_on_1_november_in_shanghai_opens_the_november_assessment()
    {
        // 17:00 UTC on 31 October is 01:00 on 1 November in Shanghai.
        await Verified(new DateTimeOffset(2026, 10, 31, 17, 0, 0, TimeSpan.Zero));

        var list = await (await (await As(Roles.HR)).GetAsync($"/api/v1/assessments?technicianId={TechnicianId}")).ShouldBe(HttpStatusCode.OK);
        var assessment = await Read(list["items"]![0]!);

        Assert.Multiple(() =>
        {
            Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That((assessment["month"]!.GetValue<string>(), assessment["status"]!.GetValue<string>()), Is.EqualTo(("2026-11", "Draft")));
            Assert.That((Number(assessment, "deductions.complaints"), Number(assessment, "deductions.complaintCount")), Is.EqualTo((15, 1)));
            Assert.That(assessment["complaints"]![0]!["number"]!.GetValue<string>(), Is.EqualTo("CP-2026-000003"));
            Assert.That((Number(assessment, "total"), Number(assessment, "payAdjustmentPercent")), Is.EqualTo((25, -5)));
        });
    }

    [Test]
    public async Task CP6_a_complaint_reported_twice_deducts_once()
    {
        var assessment = await Create(TechnicianId, "2026-11");

        await Verified(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        await Verified(new DateTimeOffset(2026, 11, 10, 9, 5, 0, TimeSpan.FromHours(8)));

        Assert.That(Number(await Read(assessment), "deductions.complaints"), Is.EqualTo(15));
    }

    [Test]
    public async Task CP6_CP8_on_an_approved_assessment_the_deduction_and_its_reversal_are_recorded_amendments()
    {
        var assessment = await Approved(TechnicianId, "2026-10", scoreTotal: 50);

        await Verified(new DateTimeOffset(2026, 10, 20, 10, 0, 0, TimeSpan.FromHours(8)));
        var deducted = await Read(assessment);
        await Overturned();
        await Overturned();
        var restored = await Read(assessment);

        var amendments = restored["amendments"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That((Number(deducted, "total"), deducted["grade"]!.GetValue<string>()), Is.EqualTo((75, "B")));
            Assert.That((Number(restored, "total"), restored["grade"]!.GetValue<string>(), restored["status"]!.GetValue<string>()), Is.EqualTo((90, "A", "Approved")));
            Assert.That(amendments.Select(amendment => amendment!["reason"]!.GetValue<string>()), Is.EqualTo(new[]
            {
                "complaint CP-2026-000003 verified (CP-6)",
                "complaint CP-2026-000003 overturned on appeal (CP-8)",
            }));
            Assert.That((Number(amendments[0]!, "before.total"), Number(amendments[0]!, "after.total")), Is.EqualTo((90, 75)));
            Assert.That((Number(amendments[1]!, "before.total"), Number(amendments[1]!, "after.total")), Is.EqualTo((75, 90)));
            Assert.That(restored["complaints"]![0]!["counts"]!.GetValue<bool>(), Is.False);
        });
    }

    [Test]
    public async Task CP8_overturning_a_complaint_that_never_counted_changes_nothing()
    {
        await Overturned();

        var list = await (await (await As(Roles.HR)).GetAsync("/api/v1/assessments")).ShouldBe(HttpStatusCode.OK);

        Assert.That(list["totalCount"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task CP7_technicians_the_complaint_feature_flags_get_the_complaint_review_flag()
    {
        await Approved(TechnicianId, "2026-01", scoreTotal: 30);
        await using var withComplaints = Factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.AddScoped<IComplaintReviewFlags>(_ => new FlaggedTechnicians(2026, TechnicianId))));
        var hr = withComplaints.CreateClient();

        // That host signs its own tokens.
        var token = await (await hr.PostAsJsonAsync("/api/v1/auth/dev-token", new { userName = "hr.user", roles = new[] { Roles.HR } })).ShouldBe(HttpStatusCode.OK);
        hr.DefaultRequestHeaders.Authorization = new("Bearer", token["accessToken"]!.GetValue<string>());

        var report = await (await hr.GetAsync("/api/v1/reports/grades?year=2026")).ShouldBe(HttpStatusCode.OK);

        Assert.That(report["rows"]![0]!["flags"]!.AsArray().Select(flag => flag!.GetValue<string>()), Is.EqualTo(new[] { "ComplaintReview" }));
    }

    private Task Verified(DateTimeOffset verifiedAt) =>
        InComplaintCommand(complaints => complaints.ApplyVerifiedAsync(TechnicianId, verifiedAt, ComplaintId, "CP-2026-000003", CancellationToken.None));

    private static Task Overturned() =>
        InComplaintCommand(complaints => complaints.ApplyOverturnedAsync(ComplaintId, CancellationToken.None));

    /// <summary>As a complaint command's reaction would: change the unit of work, which the command then saves.</summary>
    private static async Task InComplaintCommand(Func<ComplaintDeductions, Task> react)
    {
        using var scope = Factory.Services.CreateScope();
        await react(scope.ServiceProvider.GetRequiredService<ComplaintDeductions>());
        await scope.ServiceProvider.GetRequiredService<IAfterSalesDbContext>().SaveChangesAsync();
    }

    private sealed class FlaggedTechnicians(int year, params Guid[] technicianIds) : IComplaintReviewFlags
    {
        public Task<IReadOnlySet<Guid>> FlaggedInAsync(int requestedYear, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlySet<Guid>>(requestedYear == year ? technicianIds.ToHashSet() : []);
    }
}
