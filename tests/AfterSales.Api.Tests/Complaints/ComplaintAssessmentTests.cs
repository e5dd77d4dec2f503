using System.Net;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Reports.Grades;
using AfterSales.Application.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Complaints;

/// <summary>The complaint commands reaching the monthly assessment and the yearly report, end to end.</summary>
public sealed class ComplaintAssessmentTests : ComplaintTest
{
    [Test]
    public async Task CP6_a_verified_complaint_deducts_15_points_from_the_assessment_of_the_month_it_was_verified()
    {
        await Verified(); // Monday 2026-11-16 in Shanghai

        var assessment = await AssessmentOf("2026-11");

        Assert.Multiple(() =>
        {
            Assert.That(assessment["deductions"]!["complaints"]!.GetValue<int>(), Is.EqualTo(15));
            Assert.That(assessment["deductions"]!["complaintCount"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task CP8_an_upheld_appeal_gives_the_15_points_back()
    {
        var complaint = await Verified();
        var appealed = await DoOn(complaint, "appeals", new { reason = "The seal was fitted by the customer's own mechanic" }, Roles.Technician);
        var appealId = appealed["appeals"]![0]!["id"]!.GetValue<Guid>();

        await DoOn(complaint, $"appeals/{appealId}/decide", new { upheld = true, note = "Workshop log confirms it" }, Roles.Manager);

        var assessment = await AssessmentOf("2026-11");
        Assert.That(assessment["deductions"]!["complaints"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task CP7_three_verified_quality_complaints_in_a_quarter_flag_the_technician_for_the_yearly_report()
    {
        await VerifiedAt(Shanghai(2026, 10, 5, 10));
        await VerifiedAt(Shanghai(2026, 11, 16, 10));
        var beforeThird = await FlaggedIn(2026);
        await VerifiedAt(Shanghai(2026, 12, 1, 10));

        Assert.That(beforeThird, Does.Not.Contain(TechnicianId));
        Assert.That(await FlaggedIn(2026), Does.Contain(TechnicianId));
        Assert.That(await FlaggedIn(2025), Is.Empty);
    }

    private async Task<JsonNode> AssessmentOf(string month)
    {
        var manager = await As(Roles.Manager);
        var list = await (await manager.GetAsync($"/api/v1/assessments?technicianId={TechnicianId}&month={month}")).ShouldBe(HttpStatusCode.OK);
        var id = list["items"]!.AsArray().Single()!["id"]!.GetValue<Guid>();
        return await (await manager.GetAsync($"/api/v1/assessments/{id}")).ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<IReadOnlySet<Guid>> FlaggedIn(int year)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IComplaintReviewFlags>().FlaggedInAsync(year, CancellationToken.None);
    }
}
