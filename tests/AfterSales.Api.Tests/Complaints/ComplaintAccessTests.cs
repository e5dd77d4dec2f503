using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Complaints;

/// <summary>X-4 for complaints: technicians see those they are accused in or responsible for; HR none.</summary>
public sealed class ComplaintAccessTests : ComplaintTest
{
    [Test]
    public async Task X4_a_technician_sees_only_complaints_where_they_are_accused_or_responsible()
    {
        var colleague = await HireTechnician("T-0043");
        var accusedMe = await RegisterComplaint(technicianId: TechnicianId);
        var madeMeResponsible = await RegisterComplaint(technicianId: IdOf(colleague));
        await DoOn(madeMeResponsible, "investigate", role: Roles.Dispatcher);
        await (await VerifyResponse(madeMeResponsible, responsibleTechnicianId: TechnicianId)).ShouldBe(HttpStatusCode.OK);
        var theirs = await RegisterComplaint(technicianId: IdOf(colleague));
        var me = await AsTechnician(TechnicianId);

        var list = await (await me.GetAsync("/api/v1/complaints")).ShouldBe(HttpStatusCode.OK);
        var own = await me.GetAsync($"/api/v1/complaints/{accusedMe["id"]}");
        var other = await me.GetAsync($"/api/v1/complaints/{theirs["id"]}");

        Assert.That(list["items"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()), Is.EquivalentTo(new[] { IdOf(accusedMe), IdOf(madeMeResponsible) }));
        Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(2));
        await own.ShouldBe(HttpStatusCode.OK);
        await other.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task X4_hr_cannot_read_complaints()
    {
        var complaint = await RegisterComplaint();
        var hr = await As(Roles.HR);

        var list = await hr.GetAsync("/api/v1/complaints");
        var one = await hr.GetAsync($"/api/v1/complaints/{complaint["id"]}");

        await list.ShouldBeProblem(HttpStatusCode.Forbidden);
        await one.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task X4_a_technician_cannot_register_or_handle_complaints()
    {
        var complaint = await RegisterComplaint(technicianId: TechnicianId);
        var me = await AsTechnician(TechnicianId);

        var register = await me.PostAsJsonAsync("/api/v1/complaints", new { customerId = CustomerId });
        var investigate = await ActOn(complaint, "investigate", role: Roles.Technician);

        await register.ShouldBeProblem(HttpStatusCode.Forbidden);
        await investigate.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task X4_the_list_filters_by_status_technician_and_category_newest_first()
    {
        var colleague = await HireTechnician("T-0043");
        var quality = await RegisterComplaint("Quality", technicianId: TechnicianId);
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var billing = await RegisterComplaint("Billing", technicianId: TechnicianId);
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var colleagues = await RegisterComplaint("Quality", technicianId: IdOf(colleague));
        await DoOn(colleagues, "investigate", role: Roles.Dispatcher);
        var finance = await As(Roles.Finance);

        var mine = await (await finance.GetAsync($"/api/v1/complaints?technicianId={TechnicianId}")).ShouldBe(HttpStatusCode.OK);
        var ofQuality = await (await finance.GetAsync("/api/v1/complaints?category=Quality")).ShouldBe(HttpStatusCode.OK);
        var investigating = await (await finance.GetAsync("/api/v1/complaints?status=Investigating")).ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(mine["items"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()), Is.EqualTo(new[] { IdOf(billing), IdOf(quality) }));
            Assert.That(ofQuality["items"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()), Is.EqualTo(new[] { IdOf(colleagues), IdOf(quality) }));
            Assert.That(investigating["items"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()), Is.EqualTo(new[] { IdOf(colleagues) }));
        });
    }
}
