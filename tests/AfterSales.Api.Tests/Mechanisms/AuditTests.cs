using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Mechanisms;

public sealed class AuditTests : ApiTest
{
    [Test]
    public async Task X1_every_change_records_who_when_and_the_old_and_new_values()
    {
        var technician = await HireTechnician("T-0042"); // by admin.user at 02:00 UTC
        var id = technician["id"]!.GetValue<Guid>();
        var manager = await As("manager.zhao", Roles.Manager);
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await (await manager.PostAsJsonAsync($"/api/v1/technicians/{id}/property", new
        {
            kind = "Tool",
            description = "Crimping tool",
            assetTag = "CT-5",
            issuedOn = "2026-11-16",
            originalPrice = 120,
        })).ShouldBe(HttpStatusCode.OK);
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await (await manager.PostAsync($"/api/v1/technicians/{id}/leave", null)).ShouldBe(HttpStatusCode.OK);

        var trail = await (await manager.GetAsync($"/api/v1/audit?entityId={id}")).ShouldBe(HttpStatusCode.OK);

        var entries = trail["items"]!.AsArray();
        Assert.That(entries.Select(e => $"{e!["command"]} by {e["changedBy"]}: {string.Join(", ", e["changes"]!.AsArray().Select(c => $"{c!["entityType"]} {c["action"]}"))}"), Is.EqualTo(new[]
        {
            "StartLeave by manager.zhao: Technician Modified",
            "IssueProperty by manager.zhao: PropertyItem Added",
            "HireTechnician by admin.user: Technician Added",
        }));
        Assert.Multiple(() =>
        {
            Assert.That(entries[0]!["changes"]![0]!["properties"]!["status"]!["old"]!.GetValue<string>(), Is.EqualTo("Active"));
            Assert.That(entries[0]!["changes"]![0]!["properties"]!["status"]!["new"]!.GetValue<string>(), Is.EqualTo("OnLeave"));
            Assert.That(DateTimeOffset.Parse(entries[0]!["changedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo(ApiFactory.StartOfTests.AddHours(2)));
            Assert.That(entries[1]!["changes"]![0]!["properties"]!["assetTag"]!["new"]!.GetValue<string>(), Is.EqualTo("CT-5"));
            Assert.That(entries[1]!["changes"]![0]!["partId"]!.GetValue<Guid>(), Is.Not.EqualTo(id));
            Assert.That(entries[2]!["changes"]![0]!["properties"]!["employeeNumber"]!["new"]!.GetValue<string>(), Is.EqualTo("T-0042"));
        });
    }

    [Test]
    public async Task X1_a_refused_change_leaves_no_audit_row()
    {
        var technician = await HireTechnician("T-0042");
        var id = technician["id"]!.GetValue<Guid>();
        var manager = await As(Roles.Manager);
        await (await manager.PostAsync($"/api/v1/technicians/{id}/return-from-leave", null)).ShouldBeProblem(HttpStatusCode.Conflict, "TE-1");

        var trail = await (await manager.GetAsync($"/api/v1/audit?entityId={id}")).ShouldBe(HttpStatusCode.OK);

        Assert.That(trail["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [TestCase(Roles.HR)]
    [TestCase(Roles.Dispatcher)]
    [TestCase(Roles.Technician)]
    public async Task X1_only_managers_and_admins_read_the_audit_trail(string role)
    {
        var client = await As(role);

        var response = await client.GetAsync($"/api/v1/audit?entityId={Guid.NewGuid()}");

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
