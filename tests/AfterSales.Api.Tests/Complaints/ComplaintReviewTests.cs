using System.Net;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Complaints;

/// <summary>CP-7: three verified complaints of one category against one technician in a calendar quarter flag them for review.</summary>
public sealed class ComplaintReviewTests : ComplaintTest
{
    [Test]
    public async Task CP7_the_third_verified_quality_complaint_in_q4_flags_the_technician()
    {
        await VerifiedAt(Shanghai(2026, 11, 16, 10));
        await VerifiedAt(Shanghai(2026, 11, 17, 10));
        await VerifiedAt(Shanghai(2026, 11, 18, 9), category: "Attitude");

        Assert.That((await TechnicianNow())["complaintReviewFlags"]!.AsArray(), Is.Empty, "two Quality complaints and one Attitude");

        await VerifiedAt(Shanghai(2026, 11, 18, 10));

        var flags = (await TechnicianNow())["complaintReviewFlags"]!.AsArray();
        Assert.That(flags, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(flags[0]!["year"]!.GetValue<int>(), Is.EqualTo(2026));
            Assert.That(flags[0]!["quarter"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(flags[0]!["category"]!.GetValue<string>(), Is.EqualTo("Quality"));
            Assert.That(Instant(flags[0]!["raisedAt"]), Is.EqualTo(Shanghai(2026, 11, 18, 10)));
            Assert.That(flags[0]!["withdrawnAt"], Is.Null);
        });
    }

    [Test]
    public async Task CP7_a_third_verified_complaint_in_another_quarter_does_not_flag()
    {
        await VerifiedAt(Shanghai(2026, 12, 30, 10));
        await VerifiedAt(Shanghai(2026, 12, 31, 23, 30));

        await VerifiedAt(Shanghai(2027, 1, 1, 0, 30));

        Assert.That((await TechnicianNow())["complaintReviewFlags"]!.AsArray(), Is.Empty, "1 January 00:30 in Shanghai is Q1, though still 31 December in UTC");
    }

    [Test]
    public async Task CP7_a_fourth_in_the_same_quarter_does_not_flag_twice()
    {
        for (var day = 16; day <= 19; day++)
        {
            await VerifiedAt(Shanghai(2026, 11, day, 10));
        }

        Assert.That((await TechnicianNow())["complaintReviewFlags"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CP7_an_upheld_appeal_that_takes_the_count_below_three_withdraws_the_flag()
    {
        var first = await VerifiedAt(Shanghai(2026, 11, 16, 10));
        await VerifiedAt(Shanghai(2026, 11, 16, 11));
        await VerifiedAt(Shanghai(2026, 11, 16, 12));
        var appealed = await DoOn(first, "appeals", new { reason = "The seal was faulty from the supplier" }, Roles.Technician);
        Factory.Clock.SetUtcNow(Shanghai(2026, 11, 17, 9));

        await DoOn(first, $"appeals/{appealed["appeals"]![0]!["id"]}/decide", new { upheld = true, note = "Supplier batch recalled" }, Roles.Manager);

        var flag = (await TechnicianNow())["complaintReviewFlags"]!.AsArray().Single()!;
        Assert.That(Instant(flag["withdrawnAt"]), Is.EqualTo(Shanghai(2026, 11, 17, 9)));
    }

    private async Task<JsonNode> TechnicianNow() =>
        await (await (await As(Roles.HR)).GetAsync($"/api/v1/technicians/{TechnicianId}")).ShouldBe(HttpStatusCode.OK);
}
